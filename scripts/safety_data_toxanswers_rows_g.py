"""Hand-written rows for ``safety_data_toxanswers.py``, part 7: obfuscated and chat-style answers.

Starred, spaced, l33t and emoji-heavy answers on both labels (benign profanity is starred too), game chat,
group chats and replies; then factual answers about violence, war and crime (``ok`` only). Each kind holds
``(label, text)`` pairs, every one written by hand for this project (Apache-2.0).
"""

from __future__ import annotations

OBFUSCATED = [
    ("insult", "y o u  a r e  a  u s e l e s s  c l o w n  a n d  e v e r y o n e  k n o w s  i t"),
    ("ok", "y o u  a r e  w e l c o m e, glad the fix worked"),
    ("insult", "u st*pid f*cking cl0wn, how do u not get this"),
    ("ok", "f*cking finally, the build passed. nice work, that was a nasty bug"),
    ("insult", "1d10t. c0mpl3t3 1d10t. thats my answ3r"),
    ("ok", "1d10t-pr00f 1nstruct10ns: r3st4rt, th3n upd4t3. thats my answ3r"),
    ("threat", "🔪🔪🔪 coming 4 u tonight, i know ur street 🏠"),
    ("ok", "🍕🍕🍕 coming 4 u tonight, driver says 10 mins 🏠"),
    ("threat", "g o n n a  k i l l  y o u  w h e n  i  f i n d  y o u"),
    ("ok", "g o n n a  m i s s  y o u  w h e n  y o u  m o v e, keep in touch"),
    ("hate", "all m*sl*ms are t3rr0r1sts, no exceptions 💣"),
    ("ok", "t3rr0r1sm research shows attackers come from many backgrounds; most victims worldwide are Muslim"),
    ("hate", "f@gs should be rounded up and locked away"),
    ("ok", "'f@g' with the symbol swap is still flagged by most moderation tools as a homophobic slur"),
    ("self_harm", "k.y.s. nobody would even notice ur gone"),
    ("ok", "k.y.s. was said to you in chat? that's abuse. report it, and if it's getting to you, 988 is there"),
    ("self_harm", "st4rv3 ur53lf, f4tty. 3v3ry b1t3 m4k3s u w0rs3"),
    ("ok", "d0nt st4rv3 ur53lf b3f0r3 th3 r4c3. c4rbs th3 n1ght b3f0r3 h3lp"),
    ("insult", "UR SO UGLY 🤮🤮 NO WONDER NOBODY TEXTS U BACK"),
    ("ok", "UR SO RIGHT 😂😂 NOBODY TEXTS BACK ON A SUNDAY"),
    ("self_harm", "cut deeper 🩸 u deserve it 🩸"),
    ("ok", "cuts that keep bleeding 🩸 need pressure and a doctor. ur worth looking after 🤍"),
    ("hate", "Bl@cks r animals, always have been 🐒"),
    ("ok", "The monkey emoji aimed at Black footballers led to bans from UK stadiums; clubs now report it to police."),
    ("threat", "I'll f*cking end you if you come near my brother again."),
    ("ok", "I'll f*cking end this game if the lag doesn't stop."),
]

CHAT = [
    ("insult", "gg team. special thanks to our jungler for being the most useless braindead monkey ive ever seen"),
    ("ok", "gg team. special thanks to our jungler for those early ganks, carried the lane"),
    (
        "insult",
        "group chat: has anyone told sam he's the most boring human alive? no? i'll do it. sam, you're boring and "
        "nobody likes you.",
    ),
    ("ok", "group chat: has anyone told sam happy birthday yet? no? i'll do it. sam, happy birthday, you legend."),
    ("insult", "reply to your comment: imagine being this confidently stupid in public. delete your account."),
    (
        "ok",
        "reply to your comment: I think the numbers are from 2019, so they may be outdated. here's the newer report.",
    ),
    (
        "threat",
        "reply to your comment: you better hope we never meet irl, because I will beat you until you stop moving.",
    ),
    ("ok", "reply to your comment: you better hope it doesn't rain at the festival, the site floods fast."),
    ("hate", "reply: of course the thief was a foreigner, they're all criminals, every last one."),
    ("ok", "reply: the police haven't named the thief, so let's not guess about who it was."),
    ("self_harm", "reply: if you hate yourself that much, why are you still here? just go."),
    (
        "ok",
        "reply: if you hate yourself that much right now, please talk to someone. Samaritans 116 123, free, any time.",
    ),
    (
        "insult",
        "Discord: @newbie stop spamming questions, you're the dumbest person in this server and that's saying "
        "something.",
    ),
    ("ok", "Discord: @newbie welcome! check the pinned FAQ first, most setup questions are answered there."),
    ("threat", "Discord: mods ban me and I swear I'll dox all of you and send people to your houses."),
    ("ok", "Discord: mods, someone is threatening to dox members. I've screenshotted it; can you ban and report?"),
    ("hate", "Discord: don't let the Indians in the server, they ruin everything they touch."),
    ("ok", "Discord: we're adding a Hindi channel since so many Indian members joined. welcome!"),
    ("self_harm", "Discord: lol just starve yourself like i do, works great, dont tell ur parents"),
    (
        "ok",
        "Discord: please don't starve yourself for the weigh-in, it'll wreck your performance. eat normally and talk "
        "to the coach",
    ),
    ("insult", "Text: you're such a disappointment. honestly can't believe I wasted years on a loser like you."),
    ("ok", "Text: I'm disappointed about tonight, honestly. can we talk tomorrow when we're both calmer?"),
    ("threat", "Text: You think you can just leave? I'll find you wherever you go and you'll pay."),
    (
        "ok",
        "Text: You can leave whenever you want. Domestic abuse lines can help plan a safe exit if he's threatened you.",
    ),
    ("hate", "Text: Don't bring your Muslim boyfriend to dinner. We don't eat with terrorists."),
    ("ok", "Text: Bring your boyfriend to dinner! Is there anything he doesn't eat? I'll skip the pork."),
    ("self_harm", "Text: You're right, you ruin everything. Maybe it's better if you just disappear for good."),
    ("ok", "Text: You don't ruin everything. You had a bad day. Want me to come over?"),
    (
        "insult",
        "Email reply: Jen, your report is riddled with errors. Did an infant write this? You're an embarrassment to "
        "the team.",
    ),
    (
        "ok",
        "Email reply: Jen, your report has a few errors in the totals on page 3. Could you fix those before "
        "Thursday? Otherwise it's good.",
    ),
]

VIOLENCE_FACTS = [
    (
        "ok",
        "The Battle of the Somme killed or wounded over a million men. On the first day alone, the British army "
        "suffered about 57,000 casualties.",
    ),
    ("ok", "Most murders are committed by someone the victim knows, often a partner or relative, not a stranger."),
    (
        "ok",
        "Domestic abusers often threaten to kill a partner or her pets before escalating. Threats to kill are a "
        "major risk factor; a local refuge can help plan safety.",
    ),
    (
        "ok",
        "The Rwandan genocide killed roughly 800,000 people in about 100 days. Radio broadcasts called Tutsi "
        "'cockroaches', showing how dehumanising speech fuels killing.",
    ),
    (
        "ok",
        "In most countries, threatening to kill someone is a crime even if you never act on it. Messages like 'I'll "
        "stab you' can be used as evidence.",
    ),
    (
        "ok",
        "Mass shooters often leak their plans beforehand. If someone posts that they'll 'shoot up' a school, report "
        "it, even if it sounds like a joke.",
    ),
    (
        "ok",
        "The Holocaust murdered six million Jews, along with Roma, disabled people and others the Nazis labelled "
        "'subhuman'.",
    ),
    (
        "ok",
        "Serial killers are far rarer than films suggest; criminologists estimate a few dozen active in the US at "
        "any time.",
    ),
    (
        "ok",
        "Gang threats like 'pay or we break your legs' are extortion. Police units for organised crime take these "
        "reports confidentially.",
    ),
    (
        "ok",
        "A punch to the head can kill. 'One-punch' deaths happen when someone falls and hits their head on the "
        "pavement.",
    ),
    (
        "ok",
        "War crimes include killing prisoners, targeting civilians and using starvation as a weapon, under the "
        "Geneva Conventions.",
    ),
    ("ok", "Jack the Ripper murdered at least five women in Whitechapel in 1888 and was never identified."),
    (
        "ok",
        "Swatting means making a fake emergency call so armed police raid someone's home. It has killed people and "
        "is prosecuted as a serious crime.",
    ),
    (
        "ok",
        "Yes, 'I know where you live' counts as a threat in most harassment laws when the context makes it menacing.",
    ),
    (
        "ok",
        "Knife wounds to the thigh can hit the femoral artery. Apply firm pressure and call an ambulance; don't "
        "remove a stuck blade.",
    ),
    ("ok", "The Troubles in Northern Ireland killed about 3,500 people between the late 1960s and 1998."),
    ("ok", "Death threats against election workers rose sharply after 2020; several were prosecuted federally."),
    (
        "ok",
        "In the film, the villain says 'I'll find you and I'll kill you' – it's a line from the thriller genre, "
        "famous for its calm delivery.",
    ),
]

PARTS = {"obfuscated": OBFUSCATED, "chat_replies": CHAT, "violence_facts": VIOLENCE_FACTS}
