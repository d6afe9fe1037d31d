"""Hand-written rows for ``safety_data_toxhate.py``, part 3: disability, age, caste, coded hate and dog whistles.

Each kind holds ``(label, text)`` pairs: ``"hate"`` for a statement demeaning, dehumanising, stereotyping,
excluding or calling for harm against a group, ``"ok"`` for its benign twin about the same group in the same
register (dog whistles are paired with plain uses of the same numbers, symbols and words). Every row is
written one by one for this project (Apache-2.0); none is a template fill and none is copied from a
benchmark or dataset.
"""

from __future__ import annotations

DISABILITY = [
    ("hate", "Disabled people are a drain on society, we should stop wasting money keeping them alive."),
    ("ok", "Disabled people are twice as likely to live in poverty, partly because of extra living costs."),
    ("hate", "retards shouldnt be allowed to have kids, sterilise the lot of them"),
    ("ok", "people with intellectual disabilities were forcibly sterilised in many countries well into the 1970s"),
    ("hate", "Autistic people are broken robots with no feelings, don't bother talking to them."),
    ("ok", "I'm autistic and I feel things intensely, I just don't always show it on my face."),
    ("hate", "Wheelchair users should stay at home instead of clogging up the buses."),
    ("ok", "Wheelchair users still can't get on half the buses in this city because the ramps are broken."),
    ("hate", "Down syndrome kids should be aborted, every one, it's cruel to let them live."),
    ("ok", "Down syndrome doesn't stop my brother from running his own coffee cart, he's been at it three years."),
    ("hate", "Deaf people are dumb, that's why they used to call them deaf and dumb."),
    (
        "ok",
        "'Deaf and dumb' is an outdated phrase, 'dumb' just meant unable to speak, and it's considered offensive now.",
    ),
    ("hate", "Mentally ill people are dangerous animals, lock them up and throw away the key."),
    ("ok", "Mentally ill people are more likely to be victims of violence than perpetrators."),
    ("hate", "the r-word fits every one of those sp*cial ed kids, useless mouths to feed"),
    ("ok", "the r-word was a medical term until Rosa's Law replaced it in US federal law in 2010"),
    ("hate", "Blind people are useless, they can't do any real job."),
    ("ok", "Blind people use screen readers to do all kinds of jobs, our lead developer is blind."),
    ("hate", "cripples are just parasites with parking permits"),
    ("ok", "the word cripple is being reclaimed by some disabled activists, others still find it painful"),
    ("hate", "ADHD isn't real, those kids are just stupid and lazy and their parents are worse"),
    ("ok", "ADHD is real and my son's life changed when he finally got assessed, school went from hell to fine"),
]

AGE = [
    ("hate", "Boomers are selfish parasites, the sooner they all die off the better."),
    ("ok", "Boomers own over half the wealth in the US, which shapes a lot of the housing debate."),
    ("hate", "Old people are useless wrinkled burdens, put them all in a home and forget them."),
    ("ok", "Old people in care homes often go weeks without a visit, volunteering an hour helps a lot."),
    ("hate", "Anyone over 60 is senile and shouldn't be allowed to vote or hold a job."),
    ("ok", "Anyone over 60 can get a free flu jab at the pharmacy this month."),
    ("hate", "Gen Z are worthless snowflakes, a generation of braindead losers."),
    ("ok", "Gen Z are the first generation to grow up with smartphones from childhood, and the research is mixed."),
    ("hate", "ok boomer, go die already, you've wrecked enough"),
    ("ok", "ok boomer started as a meme in 2019, my mum uses it ironically now"),
    ("hate", "Teenagers are feral animals, every single one should be locked up till they're 21."),
    ("ok", "Teenagers need more sleep than adults, which is why later school start times help."),
    ("hate", "Don't hire anyone over 50, they're slow, stupid and they'll die on you."),
    ("ok", "Don't assume anyone over 50 can't learn new software, my dad picked up Python at 62."),
]

CASTE = [
    ("hate", "Dalits are untouchable for a reason, they're dirty by birth and should stay in their place."),
    ("ok", "Untouchability was abolished by Article 17 of the Indian constitution in 1950."),
    ("hate", "Lower castes don't deserve to sit with us, let alone marry into our family."),
    ("ok", "Lower caste students still face discrimination in some universities, several reports document it."),
    ("hate", "These quota people are born stupid, their caste is in their brains."),
    (
        "ok",
        "These quota debates in India are about reservations for historically excluded castes, and they get heated.",
    ),
    ("hate", "Chamars should clean toilets, that's what their blood is for."),
    ("ok", "B. R. Ambedkar was born into a Dalit family and went on to draft India's constitution."),
    ("hate", "Never let a low-caste man into your kitchen, he pollutes whatever he touches."),
    ("ok", "Caste discrimination in Silicon Valley got attention after the Cisco lawsuit in 2020."),
    ("hate", "The Burakumin are filthy and everyone knows to check the family records before marriage."),
    (
        "ok",
        "The Burakumin faced long discrimination in Japan, including people checking family registers before marriage.",
    ),
]

CODED = [
    ("hate", "14 words. Secure the future. You know what I mean. 88"),
    (
        "ok",
        "14 words in a haiku's first two lines? No, it's 5 and 7, so 12. My maths is bad. 88 keys on a piano though.",
    ),
    ("hate", "Notice who owns all the media? (((They))) always do. Just asking questions."),
    ("ok", "Triple parentheses around names started as an antisemitic marker online, the ADL lists it."),
    ("hate", "13% of the population, 50% of the crime. Do the maths."),
    (
        "ok",
        "The '13/50' statistic is a racist meme that ignores policing patterns, poverty and how arrests are counted.",
    ),
    ("hate", "Globalists want to replace us with cheap third-world labour. The great replacement is real."),
    (
        "ok",
        "The great replacement is a white nationalist conspiracy theory that's been cited in several mass "
        "shooters' manifestos.",
    ),
    ("hate", "Another urban youth 'incident' downtown. We all know what urban means. Move out while you can."),
    ("ok", "Another urban garden opened downtown, they're growing tomatoes on the old bus depot roof."),
    ("hate", "Skypes and Googles everywhere in this city now, can't walk a block without one. Sad."),
    ("ok", "Skype and Google Meet both lag on my connection, anyone got a better video call app?"),
    ("hate", "Hitler did nothing wrong. Read some real history, not the victors' propaganda."),
    (
        "ok",
        "Hitler's rise is taught in school for a reason, my history teacher spent a whole term on the Weimar collapse.",
    ),
    ("hate", "Globohomo is pushing the agenda on our kids, time to fight back before the race is gone."),
    ("ok", "Right-wing forums use 'globohomo' as a slur mixing antisemitic and homophobic conspiracy ideas."),
    ("hate", "Day of the rope is coming for the traitors and their pets. Soon."),
    (
        "ok",
        "The 'day of the rope' comes from The Turner Diaries, a neo-Nazi novel linked to the Oklahoma City bombing.",
    ),
    ("hate", "Remember: diversity is a code word for white genocide."),
    ("ok", "Diversity training at work was better than I expected, mostly about how to run fair interviews."),
    ("hate", "Send them back on the boats they came in. Every. Last. Dindu."),
    ("ok", "Send the spare boats back to the rental place by six, we're done with the lake for today."),
    (
        "hate",
        "Ask yourself why every Hollywood exec has the same last names. It's not a coincidence. (((coincidence)))",
    ),
    ("ok", "Ask yourself why every Hollywood film is a sequel now. It's not a coincidence, it's risk aversion."),
    ("hate", "Those 'fellow whites' at the rally were all kikes in disguise, trust me."),
    ("ok", "The 'fellow white people' meme gets used ironically a lot, context matters."),
    ("hate", "It's okay to be white, and it would be even better if the rest were gone. 🥛👌"),
    ("ok", "The OK hand sign 👌 still means OK for most people, but context can turn it into a white-power signal."),
    ("hate", "Jogger spotted in my neighbourhood again. Lock your doors, we all know what they're like."),
    ("ok", "Jogger spotted a lost dog in my neighbourhood and brought it to the vet, what a legend."),
    ("hate", "Religion of peace strikes again, eh? Every one of them is the same."),
    ("ok", "Calling Islam the 'religion of peace' sarcastically is a common anti-Muslim trope online."),
    ("hate", "We all know which group is behind the crime wave. Starts with a J. Ends with a noose."),
    ("ok", "The crime wave reports were overblown, the city's burglary numbers actually fell this year."),
    ("hate", "Rapefugees welcome? Not in my town. Not now, not ever."),
    ("ok", "'Refugees welcome' banners went up at the station in 2015, my town had dozens of volunteers."),
]
PARTS = {"disability": DISABILITY, "age": AGE, "caste": CASTE, "coded": CODED}
