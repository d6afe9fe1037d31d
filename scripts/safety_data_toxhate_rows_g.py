"""Hand-written rows for ``safety_data_toxhate.py``, part 7: mixed groups and registers, forum and chat lines.

Each kind holds ``(label, text)`` pairs: ``"hate"`` for a statement demeaning, dehumanising, stereotyping,
excluding or calling for harm against a group, ``"ok"`` for its benign twin in the same register. Every row is
written one by one for this project (Apache-2.0); none is a template fill and none is copied from a benchmark
or dataset.
"""

from __future__ import annotations

FORUM = [
    (
        "hate",
        "Genuine question for the board: why do we still pretend Africans can run a country? History says they can't.",
    ),
    (
        "ok",
        "Genuine question for the board: which African countries have the most stable democracies? Botswana "
        "comes up a lot.",
    ),
    (
        "hate",
        "Mods keep deleting this so I'll say it again: Muslims are incompatible with the West and must be removed.",
    ),
    ("ok", "Mods, can we pin a thread on Muslim-friendly restaurants near the convention centre? Asked a few times."),
    ("hate", "Posting this for the newbies: women are manipulative by nature, never trust one with your money."),
    ("ok", "Posting this for the newbies: the women's chess section meets Thursday, all levels welcome."),
    ("hate", "OP is right. Gay men are predators. Keep them away from scout troops."),
    ("ok", "OP is right. The scout troop changed a lot once they let gay leaders in, more volunteers, not fewer."),
    ("hate", "PSA: never hire Filipinos, they're lazy and they steal from the house."),
    ("ok", "PSA: Filipino nurses make up a huge share of the NHS and US nursing workforce, they deserve better pay."),
    ("hate", "Bump. Still waiting for someone to prove Mexicans aren't all criminals. Thought so."),
    ("ok", "Bump. Still looking for a good Mexican grocery in the east end, need proper masa."),
    ("hate", "Rule 1 of this server: no trannies, no gays, no blacks. Don't like it, leave."),
    ("ok", "Rule 1 of this server: no slurs, no harassment. Don't like it, leave."),
    ("hate", "Tired of pretending. Old people are a waste of space and resources. Pull the plug."),
    ("ok", "Tired of pretending my grandad's hearing aid isn't broken. Any recommendations for a decent replacement?"),
    ("hate", "Real talk: Jews are snakes. Always were. Look at the history."),
    ("ok", "Real talk: Jewish history is way more than the Holocaust, the Golden Age in Spain is fascinating."),
    ("hate", "This board has gone soft. Back in the day we knew what to do with Pakis and we did it."),
    ("ok", "This board has gone quiet. Back in the day we had 200 posts a day about cricket."),
]

CHAT = [
    ("hate", "omg a muslim family just sat next to us at the cinema. hope they don't blow up the place 🙄"),
    ("ok", "omg a muslim family just sat next to us at the cinema and shared their popcorn with my kid 🥹"),
    ("hate", "nah don't invite tom, he's gay, he'll hit on everyone, that's how they are"),
    ("ok", "nah don't invite tom to the stag, he's already said he's at his boyfriend's sister's wedding"),
    ("hate", "ew my new coworker is indian, the whole office is gonna stink"),
    ("ok", "my new coworker is indian and brought biryani on her first day, i love her already"),
    ("hate", "disabled ppl on the train again, slowing everyone down. should have their own trains tbh"),
    ("ok", "the train ramp was broken again so the disabled guy couldn't get off. this happens every week"),
    ("hate", "lmfao women drivers, shoot them all"),
    ("ok", "lmfao my mum's driving, she parks like a rally champion"),
    ("hate", "why is there a black guy in our group chat, who added the monkey"),
    ("ok", "why is there a llama in our group chat, who added the bot"),
    ("hate", "new neighbours are jewish, better count the spoons lol"),
    ("ok", "new neighbours are jewish, they invited us for passover next week, anyone know what to bring?"),
    ("hate", "sis ur dating an arab?? they beat their wives you know, it's their culture"),
    ("ok", "sis ur dating an arab guy?? that's cute, has his mum fed you yet, i hear she's an incredible cook"),
    ("hate", "fr tho all asians look the same, cant tell em apart, dont even try"),
    ("ok", "fr tho all the asian bakeries here are better than the french ones, dont @ me"),
    ("hate", "ugh trans people in the changing room again. should be arrested on the spot"),
    ("ok", "ugh the changing room lockers are broken again. should complain to the front desk"),
]

MIXED = [
    ("hate", "Hindus are filthy idol-worshippers and India should be purged of them."),
    ("ok", "Hindus make up about 80% of India's population, with big minorities of Muslims, Christians and Sikhs."),
    ("hate", "Pakistanis are inbred because they marry their cousins, it's why they're all thick."),
    ("ok", "Cousin marriage is common in some communities and genetic counselling services are expanding for it."),
    ("hate", "Ethiopians are starving because they're too stupid to farm. Stop sending aid."),
    ("ok", "Ethiopia's famine in the 80s was driven by drought, war and government policy, not just weather."),
    ("hate", "Koreans eat dogs, they're savages, every one of them."),
    ("ok", "South Korea banned the dog meat trade in 2024, with a phase-out by 2027."),
    ("hate", "Albanians are all drug dealers and gangsters. Close the border to them."),
    ("ok", "Albanians have a tradition called besa, a code of honour, which is why some sheltered Jews in WWII."),
    ("hate", "The Japanese are sneaky and cruel by nature, Pearl Harbor proved it."),
    ("ok", "Japanese Americans were interned during WWII, and the US apologised and paid reparations in 1988."),
    ("hate", "Palestinians are animals who deserve to be wiped out."),
    (
        "ok",
        "Palestinians and Israelis in the Parents Circle have all lost family to the conflict and work "
        "together for peace.",
    ),
    ("hate", "Israelis are all murderers and should be driven into the sea."),
    ("ok", "Israelis protested in huge numbers against the judicial overhaul in 2023."),
    ("hate", "Kurds are a rat people without a country and that's how it should stay."),
    ("ok", "Kurds are one of the largest ethnic groups without their own state, around 30 to 40 million people."),
    ("hate", "Brahmins are parasites who should be chased out of every institution."),
    ("ok", "Brahmins are traditionally the priestly caste in the Hindu varna system."),
    ("hate", "Yazidis are devil worshippers and deserved what ISIS did."),
    ("ok", "Yazidis were targeted by ISIS in a genocide in 2014, and many women are still missing."),
    ("ok", "Fat people often get worse medical care because doctors blame everything on weight, studies show."),
    ("ok", "Gingers make up about 2% of the world, and Scotland has the highest share."),
    ("hate", "Protestants are heretics and Ireland should have burned them out."),
    ("ok", "Protestants and Catholics in Northern Ireland share more schools now than ever."),
    ("hate", "Amish are inbred hicks and should be forced into real society."),
    ("ok", "Amish communities use some technology, it's more about choosing what affects the community."),
]

STAR = [
    ("hate", "f*cking w*tbacks, every single one should be dragged back over the river"),
    ("ok", "f*cking hell, the river flooded the whole road again, took me an hour to get home"),
    ("hate", "s**d* n*gr*s are all the same, dirty and violent"),
    ("ok", "s**t, the power's out again on our street and it's freezing"),
    ("hate", "$pics are bred to steal, look at their rap sheets"),
    ("ok", "$pice rack finally sorted, cumin next to the chilli where it belongs"),
    ("hate", "Typical c***k, eats anything that moves, probably started the virus"),
    ("ok", "Typical cook, eats anything off the stove before it's done, my husband's the worst"),
    ("hate", "B1tch3s b3l0ng on th31r kn33s, th@t's wh@t w0m3n @r3 f0r"),
    ("ok", "B1tch3s we made it to fr1day!!! w0m3n's n1ght 0ut is ON"),
    ("hate", "all of them r4gh34ds need to be sent back"),
    ("ok", "all of them r4c3 c4rs need new tyres before the weekend"),
    ("hate", "i h a t e  g a y s . t h e y  s h o u l d  d i e"),
    ("ok", "i l o v e  g a y  b a r s . t h e  m u s i c  i s  b e t t e r"),
]

EXTRA_HATE = [
    ("hate", "Whites are the devil and every one of them should pay in blood."),
    ("hate", "Catholic priests and their whole church deserve to be burned down."),
    ("hate", "Indigenous people are stone-age leftovers who should have died out."),
    ("hate", "Bisexuals don't exist, they're liars and sluts, all of them."),
    ("hate", "The Chinese breed like roaches and should be sterilised."),
    ("hate", "Deaf kids are a waste of teachers' time. Put them in institutions."),
    ("hate", "Young people today are worthless parasites who should be conscripted and shipped off."),
    ("hate", "Muslim women are baby factories for the takeover, that's all they're for."),
    ("hate", "Latinas are sluts with too many kids, it's their culture."),
    ("hate", "Asian women are submissive fetish dolls, that's their only use."),
]

EXTRA_OK = [
    ("ok", "Whites-only signs were common across the American South until the Civil Rights Act of 1964."),
    ("ok", "Catholic schools in our area take kids of every faith, my son's class is half Hindu."),
    ("ok", "Indigenous land management, like cultural burning, is being used to reduce wildfire risk."),
    ("ok", "Bisexual people are the largest group under the LGB umbrella, according to Gallup."),
    ("ok", "The Chinese Exclusion Act of 1882 barred Chinese labourers from the US for sixty years."),
    ("ok", "Deaf kids who learn sign language early do much better with reading later, the research is clear."),
    ("ok", "Young people today are volunteering more than my generation did, at least at our food bank."),
    ("ok", "Muslim women in sport, like Ibtihaj Muhammad, changed what the Olympics looks like."),
    ("ok", "Latinas are starting small businesses faster than any other group in the US."),
    ("ok", "Asian women are fetishised in a lot of media, and the Atlanta shootings made people talk about it."),
]
PARTS = {"forum": FORUM, "chat": CHAT, "mixed": MIXED, "star": STAR, "extra_hate": EXTRA_HATE, "extra_ok": EXTRA_OK}

PAIRS = [
    ("hate", "Muslim men are all rapists in waiting, protect your daughters."),
    ("ok", "Muslim men in our mosque run a night patrol that walks women home from the station."),
    ("hate", "Black neighbourhoods are zoos and should be fenced off like zoos."),
    ("ok", "Black neighbourhoods were cut in half by motorway building in the 50s and 60s, on purpose."),
    ("hate", "Gay parents raise damaged freaks. Take the kids away."),
    ("ok", "Gay parents at our school run the PTA bake sale better than anyone ever has."),
    ("hate", "Immigrants are like a plague of locusts, they strip a place bare and move on."),
    ("ok", "Immigrants to Canada are more likely to start a business than people born there."),
    ("hate", "Women are dumber than men and that's why they should shut up in meetings."),
    ("ok", "Women get talked over in meetings more than men, so our team started a no-interrupting rule."),
    ("hate", "Trans kids are a cult's victims, their parents should be jailed and the kids locked in wards."),
    ("ok", "Trans kids' care is debated a lot, the Cass review in the UK is one of the main documents."),
    ("hate", "Jewish people are greedy to the bone. It's genetic."),
    ("ok", "Jewish people were barred from most trades in medieval Europe, which is why moneylending fell to them."),
    ("hate", "Asians don't belong in this country and never will, no matter how many generations."),
    ("ok", "Asian Americans have been here since the 1800s, building the railroads among other things."),
    ("hate", "Nobody should hire a woman of childbearing age. She'll just get pregnant and leave."),
    ("ok", "Nobody should be asked about pregnancy plans in a job interview, it's illegal here."),
    ("hate", "Blind and deaf people should be kept out of public places, they're a hazard."),
    ("ok", "Blind and deaf people use tactile signing, which I learnt about at a museum this week."),
    ("hate", "The elderly are ugly, smelly and useless. I can't stand being near them."),
    ("ok", "The elderly man next door taught me to fix my bike, best neighbour ever."),
    ("hate", "Roma are not human, they're pests, and pests get exterminated."),
    ("ok", "Roma music shaped flamenco and a lot of Eastern European folk traditions."),
    ("hate", "Mexicans and Central Americans are bringing crime and drugs. They are not people, they are animals."),
    ("ok", "Mexicans and Central Americans are most of the farm workforce in California, the harvest depends on them."),
    ("hate", "Arabs are backwards goat-herders who'll never be civilised."),
    ("ok", "Arabs kept Greek philosophy alive through the House of Wisdom in Baghdad."),
    ("hate", "LGBT people are a disease and we need to vaccinate society against them."),
    ("ok", "LGBT people are more likely to be homeless as teens, often after being kicked out."),
    ("hate", "Lower caste people are dirty and should be kept out of temples and wells."),
    ("ok", "Lower caste people were barred from temples, and the Vaikom Satyagraha of 1924 challenged it."),
    ("hate", "Women who get raped were asking for it, all of them, dressing like that."),
    (
        "ok",
        "Women who report rape often wait years, and the 'what was she wearing' exhibit shows why that "
        "question is wrong.",
    ),
    ("hate", "BLACK MEN ARE THUGS. EVERY ONE. CROSS THE ROAD."),
    ("ok", "BLACK MEN'S HEALTH CLINIC OPENS IN THE BARBERSHOP NEXT WEEK. FREE BLOOD PRESSURE CHECKS."),
    ("hate", "hindus r cow piss drinkers lol disgusting subhumans"),
    ("ok", "hindus r celebrating holi this weekend, so many colours lol"),
    ("hate", "sikh ppl are all terrorists w knives, ban the kirpan and ban them"),
    ("ok", "sikh ppl carry a kirpan as an article of faith, the law in the UK allows it"),
    ("hate", "Kill the gays. Simple as. No debate."),
    ("ok", "Kill the lights. Movie's starting. No talking."),
    ("hate", "autists r a waste of space & money tbh"),
    ("ok", "autistic ppl are a huge part of open source tbh"),
    ("hate", "fat chicks and trannies, the two things ruining this city's nightlife"),
    ("ok", "students and tourists, the two things keeping this city's nightlife alive"),
]
PARTS["pairs"] = PAIRS
