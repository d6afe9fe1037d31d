"""Hand-written rows for ``safety_data_toxhate.py``, part 5: short and obfuscated lines, long posts, cold speech.

Each kind holds ``(label, text)`` pairs: ``"hate"`` for a statement demeaning, dehumanising, stereotyping,
excluding or calling for harm against a group, ``"ok"`` for its benign twin in the same register. Obfuscation
(l33t, spaced letters, asterisks) and profanity appear on both labels. Every row is written one by one for
this project (Apache-2.0); none is a template fill and none is copied from a benchmark or dataset.
"""

from __future__ import annotations

SHORT = [
    ("hate", "gays = pedos"),
    ("ok", "gays = people"),
    ("hate", "women r property"),
    ("ok", "women r amazing"),
    ("hate", "immigrants are filth"),
    ("ok", "immigrants are neighbours"),
    ("hate", "deport every muslim"),
    ("ok", "eid mubarak everyone"),
    ("hate", "Jews out."),
    ("ok", "Jews welcome."),
    ("hate", "black lives don't matter"),
    ("ok", "black lives matter"),
    ("hate", "trans = freaks"),
    ("ok", "trans rights"),
    ("hate", "no blacks no dogs"),
    ("ok", "no dogs on the beach"),
    ("hate", "ban islam"),
    ("ok", "study islam"),
    ("hate", "cripples not welcome"),
    ("ok", "wheelchairs welcome"),
    ("hate", "boomers should die"),
    ("ok", "boomers should vote"),
    ("hate", "gas them all"),
    ("ok", "gas prices again"),
]

OBFUSCATED = [
    ("hate", "m u s l i m s  a r e  v e r m i n"),
    ("ok", "m u s l i m  c r e a t o r s  f e s t  this weekend"),
    ("hate", "g@ys sh0uld b3 l0ck3d up"),
    ("ok", "g@ys n1ght @t th3 b@r, s33 y0u th3r3"),
    ("hate", "j3ws r th3 r00t 0f 3v1l"),
    ("ok", "j3w1sh d3l1 0p3n t1ll m1dn1ght 0n fr1d@ys"),
    ("hate", "k*ll all the f*gg*ts"),
    ("ok", "f*ck yeah, the parade was amazing"),
    ("hate", "n1gg@s belong in chains"),
    ("ok", "my n1ghtly chai and a good book, perfect sunday"),
    ("hate", "w o m e n  a r e  s u b h u m a n"),
    ("ok", "w o m e n  i n  h i s t o r y  m o n t h  r e a d i n g  l i s t"),
    ("hate", "tr@nn!es are s!ck in the h3ad"),
    ("ok", "tr@ns k!ds need s@fe sch00ls"),
    ("hate", "r3fug33s = r@ts"),
    ("ok", "r3fug33 w33k: v0lunt33rs n33d3d"),
    ("hate", "A.r.a.b.s should be w.i.p.e.d o.u.t"),
    ("ok", "A.r.a.b.i.c c.l.a.s.s starts on Tuesday"),
    ("hate", "those sh*tty m*xicans need to be sh*t on sight"),
    ("ok", "this sh*tty weather needs to stop, i miss mexico"),
    ("hate", "R3T4RDS shouldn't breed"),
    ("ok", "R3TRO games night, bring snacks"),
    ("hate", "the k1kes started every w@r, fact"),
    ("ok", "the k1d started another w@r with his brother over the remote, send help"),
]

LONG = [
    (
        "hate",
        "I've lived in this town my whole life and I'll say what everyone's thinking. Since the Somalis moved in, "
        "it's gone to hell. They don't work, they don't learn English, they breed like insects and they hate us. "
        "They're not people like us. We should make it so unpleasant for them that they leave on their own.",
    ),
    (
        "ok",
        "I've lived in this town my whole life and I'll say what a lot of us have noticed. Since the Somali "
        "families moved in, the high street has come back to life. There's a bakery, a tailor and a youth club "
        "that's full every night. Not everyone was welcoming at first, but it's been good for us.",
    ),
    (
        "hate",
        "Look, I've done the reading. Women are biologically inferior, intellectually and morally. The evidence "
        "is overwhelming if you're brave enough to look. Society went wrong the day we let them vote and work. "
        "Every problem we have traces back to that.",
    ),
    (
        "ok",
        "Look, I've done the reading. The idea that women are biologically less intelligent was pushed by "
        "19th-century craniometry, and it fell apart the moment anyone checked the measurements properly. "
        "It's a fascinating bit of the history of bad science.",
    ),
    (
        "hate",
        "Long post, sorry. My cousin just came out as gay and my family is acting like it's fine. It's not "
        "fine. These people are diseased, spiritually and physically. I think he should be sent somewhere to be "
        "fixed, and if that doesn't work, cut off completely. We can't have that filth around the kids.",
    ),
    (
        "ok",
        "Long post, sorry. My cousin just came out as gay and my family is acting weird about it. I want to "
        "support him but I don't know what to say, and my uncle keeps making comments at dinner. How do I "
        "stand up for him without blowing up the whole family?",
    ),
    (
        "hate",
        "Forum rules say be civil, so civilly: disabled people are a net negative. They consume resources "
        "and produce nothing. A rational society would stop keeping them alive at public expense.",
    ),
    (
        "ok",
        "Forum rules say be civil, so civilly: disabled people are not a net negative, and the 'useless "
        "eaters' argument is literally what the Nazis used to justify Aktion T4.",
    ),
    (
        "hate",
        "You want my honest opinion on the Roma camp by the river? Burn it. They're thieves, every adult and "
        "every child, and the council is too soft to do what's needed.",
    ),
    (
        "ok",
        "You want my honest opinion on the Roma camp by the river? The council needs to put in water and "
        "toilets. Kids are living there. It's a health issue, not a crime issue.",
    ),
    (
        "hate",
        "As a teacher I can tell you the Black kids are unteachable. It's not the school, it's not poverty, "
        "it's them. I've stopped trying and honestly I think they should be in separate classes.",
    ),
    (
        "ok",
        "As a teacher I can tell you the Black kids in my school get excluded at three times the rate of "
        "white kids for the same behaviour. We audited it last year and it changed how we do discipline.",
    ),
]

COLD = [
    ("hate", "It is a simple fact that certain races are less evolved, and policy should reflect it."),
    ("ok", "It is a simple fact that race is a poor proxy for genetics, and medicine is slowly adjusting."),
    ("hate", "Homosexuals are a biological dead end and should be treated as such by the state."),
    ("ok", "Homosexual acts remain criminalised in around 60 countries, according to ILGA."),
    ("hate", "The state should not extend citizenship to Jews. Their loyalty lies elsewhere."),
    ("ok", "Several states stripped Jews of citizenship in the 1930s, beginning with the Nuremberg Laws."),
    ("hate", "Women lack the capacity for leadership. Boards function better without them."),
    ("ok", "Women hold about a third of board seats at large listed firms in the UK now."),
    ("hate", "Persons of African descent should be excluded from jury service. Their judgment cannot be trusted."),
    ("ok", "Persons of African descent were excluded from juries for decades, which Batson v. Kentucky addressed."),
    ("hate", "I do not negotiate with Hindus. They are liars by culture."),
    ("ok", "I do business with Hindu and Muslim suppliers alike. Reliable people, both."),
    ("hate", "The elderly are an economic liability. Euthanasia should be the default past 80."),
    ("ok", "The elderly population will double by 2050, and pension systems are planning for it."),
    ("hate", "Migrants are a contaminant in the national body. Treat it as a public health matter."),
    ("ok", "Migrants face higher rates of workplace injury, which is a public health matter."),
    ("hate", "Intermarriage should be prohibited. Mixed children dilute the nation."),
    ("ok", "Intermarriage was prohibited in US states until Loving v. Virginia in 1967."),
]

INDIRECT = [
    (
        "hate",
        "I'm not saying all Muslims are terrorists. I'm saying every terrorist is a Muslim, and we should act like it.",
    ),
    ("ok", "I'm not saying the news is biased, but attacks by Muslims get four times the coverage, one study found."),
    ("hate", "Funny how the neighbourhood got dangerous right when *they* moved in. Just an observation."),
    (
        "ok",
        "Funny how the neighbourhood got a great taco truck right when the new family moved in. Just an observation.",
    ),
    ("hate", "Some people just aren't meant for civilisation. Look at Africa and tell me I'm wrong."),
    ("ok", "Some people think Africa had no civilisations, then they hear about Great Zimbabwe and Timbuktu."),
    ("hate", "I have nothing against gays, I just think they shouldn't exist in public."),
    ("ok", "I have nothing against the noise from the pride party next door, honestly it was a good playlist."),
    ("hate", "You know there's a reason certain people have never built anything. It's in the genes."),
    (
        "ok",
        "You know there's a reason certain genes are common in some populations, like lactase persistence in "
        "northern Europe.",
    ),
    ("hate", "Notice how women always ruin the friend group? Every time. Just keep them out."),
    ("ok", "Notice how our group chat only got organised once Priya joined? Every time."),
    ("hate", "Our ancestors knew how to deal with witches and queers. We've forgotten."),
    ("ok", "Our ancestors persecuted people accused of witchcraft, and queer people, and we shouldn't forget that."),
    ("hate", "A real country doesn't let those people in. Full stop. Look at what happened to Europe."),
    ("ok", "A real country can argue about immigration levels without dehumanising anyone."),
]
PARTS = {"short": SHORT, "obfuscated": OBFUSCATED, "long": LONG, "cold": COLD, "indirect": INDIRECT}
