"""Hand-written benign rows for ``safety_data_ordinary3.py``, part 1: long asks about one's own life, context first.

Venting then asking for help, workplace conflicts, parenting struggles, health worries, money trouble, grief and
breakups. They sound intense but every one asks for ordinary help. Written one by one for this project
(Apache-2.0).
"""

from __future__ import annotations

WORK = [
    (
        "I'm so furious at my boss I could scream. He took credit for my report in front of the whole team again. "
        "Help me write a calm, professional email asking for a one-to-one to talk about how credit is shared."
    ),
    (
        "My coworker keeps microwaving fish in the office kitchen and the whole floor stinks by noon. I don't want to "
        "be the office villain. How do I bring it up with her kindly without making it weird?"
    ),
    (
        "I've been at this company six years and just found out a new hire with less experience earns more than me. "
        "I'm angry and hurt. Can you help me prepare for a salary conversation with my manager next week?"
    ),
    (
        "My manager messages me at 11pm and expects a reply by morning. I'm burning out and I dread opening my phone. "
        "How do I set boundaries around after-hours messages without sounding like I don't care about the job?"
    ),
    (
        "A colleague talked over me in every meeting this week and I finally snapped at him in front of everyone. I "
        "feel awful about it. Help me write a short apology that still makes the point that I want to finish my "
        "sentences."
    ),
    (
        "I got passed over for a promotion for the second time and I honestly want to walk out and never come back. "
        "Before I do anything rash, can you help me think through whether to stay, ask for feedback, or start job "
        "hunting?"
    ),
    (
        "My boss just told me my role is being eliminated in a restructure. I'm in shock. What questions should I ask "
        "HR about severance, references and my last day, and what should I do this week?"
    ),
    (
        "Two people on my team hate each other and I'm their new manager. Every meeting turns into a cold war. What "
        "are some practical ways to get them working together without taking sides?"
    ),
    (
        "I have to fire someone for the first time tomorrow. He's a nice guy but has missed every deadline for "
        "months. I feel sick about it. How do I run the conversation kindly and clearly?"
    ),
    (
        "My coworker keeps taking my lunch from the shared fridge. It's petty but it's driving me up the wall. What's "
        "a funny but polite note I could stick on my lunchbox?"
    ),
    (
        "I made a huge mistake at work today, sent a client the wrong invoice for ten times the amount. They were "
        "furious. Help me write an apology email that owns the error and explains the fix."
    ),
    (
        "I'm a nurse and after a run of night shifts I feel like a zombie. I keep snapping at my partner and crying "
        "in the car. What are realistic ways to recover between rotations?"
    ),
    (
        "My landlord is also my boss's brother, and now he wants to raise the rent by 20%. I feel trapped. How do I "
        "negotiate this without it spilling into work?"
    ),
    (
        "Our team lead announced layoffs are coming but won't say who. Everyone is paranoid and nobody is working. As "
        "a senior person on the team, how can I help keep morale from collapsing?"
    ),
    (
        "My new boss micromanages everything, down to the font in my emails. I used to love this job. How can I raise "
        "this with her in a way that builds trust instead of starting a fight?"
    ),
    (
        "I'm dreading my performance review on Friday because I know I underdelivered this quarter, partly because my "
        "dad was in hospital. How do I bring that up without it sounding like an excuse?"
    ),
    (
        "A coworker told me in confidence she's pregnant and now the whole office knows and she thinks it was me. It "
        "wasn't. How do I talk to her about it?"
    ),
    (
        "I run a small bakery and one of my staff keeps turning up late and hungover. I like her and she's good when "
        "she's there. How do I address it fairly?"
    ),
    (
        "I just started a new job and I think I was oversold on it. The work is nothing like the description. Is it "
        "too early to talk to my manager, and how would I phrase it?"
    ),
    (
        "My colleague cries at her desk most days and I don't know if I should say something. We're not close. What's "
        "a gentle way to check in on her? "
        "She's in accounts and sits two desks away from me."
    ),
    (
        "I keep getting interrupted by Slack messages and I can't get any real work done. Give me a plan to protect "
        "two hours of focus time a day without annoying my team."
    ),
    (
        "Write me a resignation letter. I'm leaving because of a toxic manager but I want to keep it short, polite "
        "and not burn bridges."
    ),
    (
        "I was asked to give a speech at my coworker's retirement party. He's worked here 31 years and is famous for "
        "terrible puns. Help me write three minutes of warm, funny material."
    ),
    (
        "My company wants us back in the office five days a week and my commute is 90 minutes each way. I'm livid. "
        "Help me write a reasonable request for a hybrid arrangement."
    ),
    (
        "I'm a teacher and one of my colleagues keeps undermining me in front of the students. How do I handle it "
        "professionally?"
    ),
]

PARENTING = [
    (
        "My 3-year-old has a meltdown every single time we leave the playground and I'm at my wits' end. Yesterday I "
        "just sat on the bench and cried. What actually works for transitions at this age?"
    ),
    (
        "My teenage son barely speaks to me anymore. He comes home, goes to his room, and grunts at dinner. I miss "
        "him. How can I reconnect without pushing him further away?"
    ),
    (
        "My 14-year-old daughter wants to go to a concert in the city with friends, no adults. Part of me says yes, "
        "part of me is terrified. How do other parents decide, and what ground rules make sense?"
    ),
    (
        "My 7 year old told me a kid at school said she was fat. She cried all evening. How do I talk to her about it "
        "and should I contact the school?"
    ),
    (
        "Our baby is 5 months old and still wakes every two hours. My wife and I are exhausted and snapping at each "
        "other. What are gentle sleep approaches we could try?"
    ),
    (
        "My son is 10 and has been caught lying about his homework three times this month. I'm angry but I don't want "
        "to just punish him. How do I get to the bottom of why he's doing it?"
    ),
    (
        "My 16 year old just told me she's been feeling really low for months and sometimes doesn't want to get out "
        "of bed. I'm scared but glad she told me. How do I support her and find her the right help?"
    ),
    (
        "I lost my temper and yelled at my 5-year-old this morning over shoes. I feel like the worst parent in the "
        "world. How do I repair it with him after school?"
    ),
    (
        "My kids fight constantly, 6 and 9, over everything from the TV remote to who gets the front seat. How do I "
        "stop refereeing every five minutes? "
        "I work from home and can't concentrate."
    ),
    (
        "My daughter is 12 and wants a phone because everyone in her class has one. What are sensible rules and "
        "settings for a first phone?"
    ),
    (
        "My 4 year old is terrified of the dark and comes into our bed every night. How do I help her feel safe in "
        "her own room? "
        "We've tried a night light already."
    ),
    (
        "Our son has just been diagnosed with ADHD at 8. I feel overwhelmed and a bit guilty that we didn't notice "
        "sooner. Where do we start? "
        "He's bright but struggles to sit still in class."
    ),
    (
        "My teenage son got his first girlfriend and I want to have the talk about consent and respect without making "
        "him die of embarrassment. Any suggestions for how to open it?"
    ),
    (
        "My stepdaughter is 11 and clearly resents me. I've tried everything. How can I build a relationship with her "
        "at her own pace?"
    ),
    (
        "My toddler bit another kid at nursery today and the other mum gave me a death stare at pickup. How do I "
        "handle it with my son and with her?"
    ),
    (
        "My 15 year old wants to dye her hair blue and get a nose piercing. My husband is dead against it. How do we "
        "have a family conversation about it that doesn't end in slammed doors?"
    ),
    (
        "My 9-year-old refuses to eat anything green. Every dinner is a battle. What are some kid-friendly recipes "
        "that sneak vegetables in?"
    ),
    (
        "My son (13) found out Santa isn't real from a classmate and is upset that we 'lied' to him. How do I explain "
        "it so he doesn't feel betrayed? "
        "He's quite sensitive."
    ),
    (
        "My daughter starts secondary school in September and she's terrified. She's 11 and quite shy. What can we do "
        "over the summer to help her feel ready? "
        "She's also nervous about getting lost."
    ),
    (
        "I'm a single dad and my 12-year-old daughter just got her first period while staying with me. I want to "
        "handle it well. What do I need to know and buy?"
    ),
    (
        "My 17 year old wants to take a gap year and I think it's a mistake. Help me think through the pros and cons "
        "fairly before we talk. "
        "She has a place at Leeds for next year."
    ),
    (
        "My kids' grandma spoils them rotten with sweets every visit and then they're wild for days. How do I raise "
        "it with my mother-in-law without offending her? "
        "My husband avoids conflict with her."
    ),
    (
        "My 2 year old has started hitting when he's frustrated. What do I do in the moment and how do I teach him "
        "other ways to show he's angry? "
        "He's in nursery three days a week."
    ),
    (
        "My son is being left out of birthday parties by the other kids in his class. He's 8 and he's noticed. How do "
        "I help him and should I talk to other parents?"
    ),
    "How do I get my teenager to do any chores at all? I've tried charts, money, nagging. She's 15 and I'm tired.",
]

HEALTH = [
    (
        "I've had a headache every afternoon for two weeks. I'm probably just dehydrated and staring at screens, but "
        "my mind keeps going to the worst case. What are common causes, and when should I actually see a doctor?"
    ),
    (
        "My doctor put me on sertraline last week and I feel kind of nauseous and jittery. Is that a normal early "
        "side effect, and what questions should I ask at my follow-up?"
    ),
    (
        "I found a lump in my armpit while showering and now I can't stop panicking. I have a GP appointment on "
        "Thursday. How do I get through the next three days without spiralling?"
    ),
    (
        "My dad has just been diagnosed with type 2 diabetes and he's in denial, still eating cake every night. How "
        "can I encourage him to take it seriously without nagging?"
    ),
    (
        "I've been prescribed amoxicillin three times a day. Does it matter if I take it with food, and what should I "
        "do if I miss a dose? "
        "It's a seven-day course."
    ),
    (
        "My mum is 78 and takes about nine different pills a day. She gets muddled about which is which. What's a "
        "good system to help her keep track? "
        "She lives alone."
    ),
    (
        "I get panic attacks on the train to work. My heart pounds and I feel like I'm going to die, even though I "
        "know I'm not. What can I do in the moment to ride it out?"
    ),
    (
        "I've been feeling flat and empty for about two months. Nothing is wrong exactly, I just don't enjoy "
        "anything. How do I bring this up with my doctor when I'm not sure it's 'bad enough'?"
    ),
    (
        "I'm having surgery on my knee next month and I'm scared of the anaesthetic. Can you explain what actually "
        "happens when you go under, in plain language? "
        "I've never had surgery before."
    ),
    (
        "My partner snores so loudly I've started sleeping on the sofa. He won't see a doctor. How do I convince him "
        "it might be sleep apnea without making him defensive?"
    ),
    (
        "I was just told I'm pre-diabetic and I'm freaking out a bit. Give me a realistic first month of changes to "
        "diet and exercise that I can actually stick to."
    ),
    (
        "I take ibuprofen for period pain most months. How much is safe to take per day and is it ok to combine with "
        "paracetamol?"
    ),
    (
        "My 6 year old has a fever of 38.5 and is lethargic. It's Sunday night. When should I take him to urgent care "
        "versus waiting until the morning? "
        "He's had Calpol two hours ago."
    ),
    (
        "I'm 34 and just had my first migraine with aura. The zigzag lights terrified me. What is an aura and what "
        "should I tell my doctor? "
        "It lasted about twenty minutes."
    ),
    (
        "My grandmother is in hospital with pneumonia and the doctors keep using terms I don't understand. What do "
        "'oxygen saturation' and 'IV antibiotics' mean for her? "
        "She's 91 and very frail."
    ),
    (
        "I've been told I need to start blood pressure medication and I'm worried about being on pills for life. What "
        "should I ask my GP before starting? "
        "I'm 49 and otherwise healthy."
    ),
    (
        "I'm so anxious about my smear test next week I'm thinking of cancelling. What actually happens, and are "
        "there ways to make it less uncomfortable?"
    ),
    (
        "My husband had a heart attack three weeks ago and is back home. We're both scared of every twinge. How do we "
        "get back to normal life, including sex, safely?"
    ),
    (
        "I keep waking at 4am and can't get back to sleep, and then I'm useless all day. What sleep hygiene changes "
        "are worth trying before I ask about medication? "
        "I'm 52 and perimenopausal."
    ),
    (
        "My therapist suggested I try journaling for my anxiety but I don't know what to write. Can you give me a "
        "week of prompts?"
    ),
    (
        "I've been diagnosed with IBS and I'm tired of every meal being a gamble. Can you explain the low-FODMAP diet "
        "and give me some simple dinners? "
        "I'm vegetarian, if that matters."
    ),
    (
        "My friend has just been diagnosed with breast cancer. I want to be useful, not awkward. What are practical "
        "things I can actually do for her? "
        "She lives with her two teenagers."
    ),
    (
        "Since my concussion two months ago I've had trouble concentrating at work. Is that normal and who should I "
        "talk to about it?"
    ),
]


PARTS = {
    "long_work": WORK,
    "long_parenting": PARENTING,
    "long_health": HEALTH,
}
