"""Benign assistant-side text for the toxicity model: refusals that name the harm, respectful answers about groups,
plain statements about violence and crime, and everyday hedges and idioms.

    python scripts/safety_data_answers.py

Writes ``data/safety/answers.train.jsonl`` (label ``ok``, training only, outside the package). Why: the
output filter and the dataset-import ``toxicity`` step read what an assistant *says*. The false positives
that blocked good answers share a shape: a refusal or crisis-support answer repeats the words of the
harmful ask ("I can't tell you how to cut deeper"), a respectful answer about a group repeats the group
and the loaded word it rejects ("Minorities are not bad for our country"), a factual sentence names
violence ("A riot is very dangerous"), and short hedges and idioms use words that are violent only
literally ("Go with your gut.", "Not much, usually." in the bundled preference set). The training rows had
too few of each, so the words alone carried the class. These rows are written from templates here and
from the asks and groups of ``safety_data_harmful_wide.py``; the exact sentences of the regression tests
(``tests/safety/test_safety_reported_false_positives.py``) are never generated (the script checks).
All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from safety_data_harmful_wide import ASKS, GROUPS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "answers.train.jsonl"
# exact texts of the regression tests: must stay out of training
HELD_OUT = {
    "go with your gut.", "not much, usually.", "ask at your brew shop.",
    "a riot is very dangerous and should be avoided at all costs.",
    "people with disabilities are just like anyone else, they deserve to be treated equally and with respect. "
    "there's no reason to treat them differently.",
}

REFUSALS = [
    "I can't help you {x}. If you're going through something hard, I'm here to listen.",
    "I won't explain how to {x}: it could seriously hurt someone. Is something going on that I can help with?",
    "I'm not able to give instructions to {x}. If anyone is in danger, please contact local emergency services.",
    "Sorry, but I can't assist with a request to {x}.",
    "I understand you're upset, but I can't tell you how to {x}. Talking to someone you trust might help.",
    "Thank you for telling me. I can't help you {x}, but you deserve support, and a crisis line is open all night.",
    "Helping someone {x} would be harmful, so I'll have to decline. I can share safety resources instead.",
]  # fmt: skip
RESPECTFUL = [
    "{G} are not a burden on society; they contribute to our economy, culture and communities.",
    "There is no evidence that {g} are less intelligent or more violent than anyone else.",
    "Stereotypes about {g} are harmful and untrue, and they have been used to justify discrimination.",
    "{G} deserve the same rights, dignity and respect as everyone else.",
    "Blaming {g} as a group for unemployment or crime is prejudice, not analysis.",
    "Getting to know {g} as neighbours and colleagues is the surest cure for prejudice.",
    "Discrimination against {g} is still common at work and in housing, and laws exist to fight it.",
    "Like any group, {g} are individuals with different views, jobs and lives.",
]  # fmt: skip
FACTS = [
    "Arson is a serious crime that can carry a long prison sentence.",
    "Violent crime in most European cities has fallen since the 1990s.",
    "Domestic violence affects people of every age, gender and income.",
    "Self-harm is often a way of coping with overwhelming emotions, and it can be treated.",
    "Carrying a knife in public is illegal in many countries.",
    "Protests sometimes turn into riots when police and crowds escalate.",
    "Suicide is one of the leading causes of death among young people, and most people who survive a crisis recover.",
    "Hate crimes are prosecuted more harshly in many legal systems.",
    "Weapons smuggling is a federal offence in the United States.",
    "A fire needs fuel, heat and oxygen; removing one of them puts it out.",
    "Breaking into a car is theft, even if nothing is taken.",
    "War crimes include the deliberate targeting of civilians.",
    "Eating disorders have the highest mortality rate of any mental illness.",
    "Bullying at school can have effects that last into adulthood.",
    "The police recommend keeping a spare key with a trusted neighbour rather than under the mat.",
    "Poison control centres answer calls about accidental poisoning day and night.",
]  # fmt: skip
HEDGES = [
    "It depends on the yeast.", "Hard to say without a hydrometer reading.", "Trust your instincts on this one.",
    "Go with what tastes right to you.", "Not a lot, in my experience.", "Usually less than you think.",
    "Give it a few more days.", "That one is a judgement call.", "Follow your nose.", "Ask the shop staff, they know.",
    "A little, not much.", "Rarely, honestly.", "Mostly, yes.", "Kill the heat once it boils.",
    "This stout is killer.", "I'm dying to try that recipe.", "Break a leg at the competition!",
    "Shoot me a message when it's done.", "Bite the bullet and buy a wort chiller.", "That IPA knocked me out.",
    "Hit the tap and pour slowly.", "Beat the eggs until stiff.", "Cut the hops by a third.",
    "My gut says the mash was too hot.", "Let it rip at full boil.", "The hops will punch through the malt.",
    "Smash the grains lightly before mashing.", "Crush the malt, not the husks.",
    "Your starter is dead, pitch a fresh one.",
    "Attack the stuck fermentation with a fresh yeast.", "Strike water goes in first.", "The yeast will eat the sugar.",
]  # fmt: skip
# short second-person advice: "your" + a body word or a verb of force is how threats look, and how advice looks too
ADVICE = [
    "Watch your step on the cellar stairs.", "Mind your head.", "Trust your palate.", "Take your time.",
    "Follow your instinct here.", "Check your gravity first.", "Keep your hands clean.", "Use your judgement.",
    "Hold your horses, it isn't ready.", "Break your recipe into steps.", "Beat your personal best.",
    "Knock on wood.", "Cut your losses and dump the batch.", "Hit me up if it foams.",
    "Fight the urge to open it early.",
    "Trust your gut feeling.", "It takes guts to enter a competition.", "I had a gut feeling the batch was off.",
    "Gut health and fibre go together.", "Gut and clean the trout before smoking it.", "Stick to your plan.",
    "Save your strength for bottling day.", "Crack your knuckles and start scrubbing.", "Blow off the foam.",
    "Kick back and let it ferment.", "Pour it down the drain if it smells of vinegar.", "Lean on your friends.",
    "Pick your battles with the landlord.", "Put your feet up, you earned it.", "Clear your schedule for brew day.",
    # "go ..." encouragement: abuse says "go die", advice says "go for it"
    "Go for it!", "Go with a lighter malt.", "Go with your heart and brew the stout.", "Go easy on the dry hops.",
    "Go ahead and bottle it.", "Go with the recipe you know.", "Go slow with the priming sugar.",
    "Go with whatever yeast the shop has.", "Go on, try a sour next.", "Go with your first instinct.",
    "Just go with what feels right.", "Go by taste, not the calendar.",
]  # fmt: skip


def rows(rng: random.Random) -> list[str]:
    out = [rng.choice(REFUSALS).format(x=ask) for _, ask in ASKS]
    out += [rng.choice(REFUSALS).format(x=ask) for _, ask in rng.sample(ASKS, 40)]
    for g in GROUPS:
        out += [f.format(g=g, G=g[0].upper() + g[1:]) for f in rng.sample(RESPECTFUL, 3)]
    return out + FACTS + HEDGES + ADVICE


def main() -> None:
    texts = list(dict.fromkeys(rows(random.Random(20261126))))
    clash = [t for t in texts if t.lower() in HELD_OUT]
    if clash:
        raise SystemExit(f"regression-test texts in training: {clash}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps({"text": t, "label": "ok", "category": "answer"}, ensure_ascii=False) + "\n"
                           for t in texts), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(texts)} rows")


if __name__ == "__main__":
    main()
