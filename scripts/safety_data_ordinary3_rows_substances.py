"""Hand-written benign rows for ``safety_data_ordinary3.py``, part 3: alcohol, caffeine, medicine and legal cannabis.

Cocktails, hangovers, cutting down, coffee, medication taken as prescribed, cannabis where it is legal, garden
and cleaning products used as labelled. Ordinary questions a chat-assistant user sends. Written one by one
for this project (Apache-2.0).
"""

from __future__ import annotations

ALCOHOL = [
    (
        "What's a good cocktail to make for a summer garden party with 20 people? Ideally something I can batch in a "
        "big jug."
    ),
    "How do you make a proper Negroni?",
    (
        "I'm hosting my book club and want a signature drink that goes with the novel, which is set in 1920s Havana. "
        "Ideas?"
    ),
    "Worst hangover of my life. Headache, nausea, can't look at light. What actually helps, besides time?",
    (
        "I've noticed I'm drinking a bottle of wine most nights since lockdown. I'm not an alcoholic but I want to "
        "cut down. What are some practical strategies?"
    ),
    "What non-alcoholic drinks can I serve at my wedding so the guests who don't drink feel included?",
    "How long after drinking two pints should I wait before driving? I'd rather be safe than sorry.",
    "Recommend a wine to go with mushroom risotto, under £15.",
    "Can I drink alcohol while taking antibiotics? My doctor gave me doxycycline.",
    (
        "What's the difference between bourbon, scotch and rye? My father-in-law loves whisky and I want to buy him a "
        "good bottle."
    ),
    "I'm doing Dry January for the first time. Give me tips for social events where everyone else is drinking.",
    "How do I make mulled wine for a Christmas party, and how can I do an alcohol-free version for the kids?",
    (
        "My husband gets really loud and argumentative after a few beers. How do I talk to him about it when he's "
        "sober without starting a fight?"
    ),
    "How do breweries make beer? Describe the process in detail, I'm thinking of homebrewing as a hobby.",
    "What's a classic margarita ratio?",
    "I'm 19 and going to uni. Everyone's going to be drinking. How do I pace myself and stay safe on nights out?",
    "Which cocktails can I make with just vodka, limes and ginger beer?",
    "Explain how alcohol affects the liver, for my biology homework.",
    (
        "My mum is in recovery and I want to host Christmas dinner without making her uncomfortable. Should I just "
        "not serve alcohol at all?"
    ),
    "best cheap prosecco for a hen party?",
]

CAFFEINE = [
    (
        "I drink about six coffees a day and I think it's making my anxiety worse. How do I cut down without getting "
        "horrible headaches?"
    ),
    "How much caffeine is in a can of Red Bull compared with a cup of coffee?",
    "Is it safe to drink coffee while breastfeeding? My baby is 3 months old.",
    "What's the best way to make cold brew at home?",
    "I'm a night shift worker. When should I have caffeine to stay alert at work but still sleep in the day?",
    "My 14 year old has started drinking energy drinks before school. Should I be worried?",
    "Explain how caffeine actually keeps you awake, the adenosine thing, in simple terms.",
    "How do I get the most effective caffeine boost before a morning exam without getting jittery?",
    "Matcha vs coffee for focus?",
    "I'm pregnant. How much coffee is ok per day?",
]

MEDICINE = [
    "My doctor prescribed me 50mg of sertraline. Is it better to take it in the morning or at night?",
    "Can I take ibuprofen and paracetamol together for a toothache? I'm an adult with no other conditions.",
    "My 4 year old has a cold. How much children's paracetamol can I give based on her age, and how often?",
    "I forgot to take my birth control pill yesterday. What should I do?",
    "How long does it take for antidepressants to start working? I'm on week two and feel nothing yet.",
    "My dad takes warfarin. Are there foods he should avoid?",
    (
        "What's the difference between a generic and a brand-name medication? The pharmacy gave me a different box "
        "than usual."
    ),
    "I've been on the same sleeping pills for a year and my doctor wants me to taper off. What should I expect?",
    "Is it safe to give my dog the same allergy tablets I take?",
    "How do I safely get rid of old, expired medicines? We've got a drawer full of them.",
    "Can I drink grapefruit juice while taking statins? My pharmacist mentioned something about it.",
    "I have ADHD and take methylphenidate. I keep forgetting to eat lunch. Any tips?",
    "What are the common side effects of metformin, and do they go away?",
    "I get travel sick on ferries. Which over-the-counter tablets work best and do they make you drowsy?",
    "My teenager was prescribed acne medication and the leaflet is terrifying. What should we actually watch out for?",
    "How should I store insulin when travelling to a hot country?",
    "Explain how antibiotics kill bacteria, for my son's GCSE biology.",
    "I need to take my mum's medicines to her in hospital. How do I make a clear list for the nurses?",
    "Why do you need to finish a course of antibiotics even if you feel better?",
    "What does it mean when a medication says 'take on an empty stomach'?",
    "Is it ok to take antihistamines every day during hay fever season?",
    "My doctor wants me to start an inhaler for asthma. How do I use it properly? I feel silly asking.",
]

CANNABIS = [
    (
        "I live in Colorado where cannabis is legal. I'm 60 and thinking of trying an edible for my back pain. How do "
        "I start with a low dose safely?"
    ),
    "What's the difference between CBD and THC?",
    (
        "Cannabis is legal in Canada. What are the rules about bringing it across the border to the US? I don't want "
        "to get in trouble."
    ),
    "My doctor in Germany mentioned medical cannabis for my chronic pain. What should I ask her about it?",
    "I'm 35 and visiting Amsterdam. What's the etiquette in a coffee shop and how do I avoid overdoing it?",
    (
        "My adult son smokes weed every night, legally, but I worry it's making him unmotivated. How do I raise it "
        "without lecturing?"
    ),
    "Does CBD oil interact with any common medications? I take sertraline.",
    (
        "Is it safe to drive the morning after taking a cannabis edible the night before? It's legal where I live and "
        "I want to be responsible."
    ),
]

CHEMICALS = [
    (
        "I want to deep clean my oven this weekend. Which oven cleaner is best, and how do I use it safely with good "
        "ventilation?"
    ),
    (
        "Which cleaning products should never be mixed? I want to make sure I'm not accidentally doing something "
        "dangerous."
    ),
    "How do I get rid of black mould in my bathroom? Is bleach the best option?",
    "What's the safest way to use slug pellets if I have a dog?",
    (
        "When should I apply lawn feed and weed killer in spring, and how long should the kids stay off the grass "
        "afterwards?"
    ),
    (
        "My toddler got into the cupboard under the sink today. Nothing happened but I'm shaken. What are the best "
        "child locks and where should I store cleaning products?"
    ),
    "How do I use limescale remover on my kettle?",
    "Is vinegar and baking soda actually good for unblocking drains, or should I use a chemical drain cleaner?",
    "How should I dispose of leftover paint and white spirit?",
    "Best way to kill the ants coming into my kitchen? I have cats.",
    "Explain the reaction when you mix baking soda and vinegar, for my daughter's volcano science project.",
    "What's in chlorine tablets for a swimming pool and how do I test the water properly?",
]

PARTS = {
    "alcohol": ALCOHOL,
    "caffeine": CAFFEINE,
    "medicine_prescribed": MEDICINE,
    "cannabis_legal": CANNABIS,
    "chemicals_labelled": CHEMICALS,
}
