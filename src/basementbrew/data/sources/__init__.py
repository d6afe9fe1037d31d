"""Data acquisition: one module per source (web, reddit, arxiv, github, wikipedia, news, files).

:mod:`.base` holds the ``Source`` Protocol and the registry, :mod:`.config` the scrape config,
:mod:`.runner` the workflow, :mod:`.shards` the resumable raw shards, :mod:`.extract` the extraction pool.
"""
