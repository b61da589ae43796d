"""Sentence table: the medium of a contact decides MEET or CALL (extract/contact_kinds.py).

Talks, meetings and negotiations held by phone, video or a line, and letters exchanged, are
calls; a conversation held face to face, on the sidelines or in a named place is a meeting; a
round of a standing dialogue held by video stays a meeting; a meeting whose medium the text
does not give stays a meeting. The sentences are written for these tests, over several pairs
of states.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ANY, ARGS, E, Expected, case, check_realis, rows, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------------ remote modifiers of the noun
#: "phone talks", "telephone negotiations", "a virtual meeting", "an online summit".
REMOTE_NOUNS = [
    case("The defence ministers of India and China held phone talks on Tuesday.",
         E("CALL", "IND", "CHN", "defence-ministers", date="2023-06-20")),
    case("The defence ministers of Japan and Australia held telephone talks on Tuesday.",
         E("CALL", "JPN", "AUS", "defence-ministers", date="2023-06-20")),
    case("South Korea's defence minister and his Japanese counterpart held phone negotiations "
         "on Tuesday about the radar dispute.",
         E("CALL", "KOR", "JPN", "defence-ministers", date="2023-06-20")),
    case("The Indian and Chinese defence ministers held a virtual meeting on Tuesday.",
         E("CALL", "IND", "CHN", "defence-ministers", date="2023-06-20")),
    case("The defence ministers of Australia and Indonesia held an online meeting on Tuesday.",
         E("CALL", "AUS", "IDN", "defence-ministers", date="2023-06-20")),
    case("The leaders of the United States and China held a virtual summit on Tuesday.",
         E("CALL", "USA", "CHN", "leaders", date="2023-06-20")),
    case("The army chiefs of India and Pakistan held hotline talks on Tuesday.",
         E("CALL", "IND", "PAK", date="2023-06-20")),
]

# ---------------------------------------------------------------- a medium after a preposition
#: "met over a video link", "met by video link", "talks via videoconference", "on the phone",
#: "met virtually".
REMOTE_ADJUNCTS = [
    case("Japan's defence minister and his Australian counterpart met over a video link on "
         "Tuesday.",
         E("CALL", "JPN", "AUS", "defence-ministers", date="2023-06-20")),
    case("Britain's chief of the defence staff and his French counterpart met by video link on "
         "Tuesday.",
         E("CALL", "GBR", "FRA", "military-chiefs", date="2023-06-20")),
    case("The defence ministers of Germany and Poland met via videoconference on Tuesday.",
         E("CALL", "DEU", "POL", "defence-ministers", date="2023-06-20")),
    case("The defence ministers of Japan and the Philippines held talks by video on Tuesday.",
         E("CALL", "JPN", "PHL", "defence-ministers", date="2023-06-20")),
    # 'by telephone' on the talks names how they were held, not who held them
    case("The defence ministers of Japan and Australia had talks by telephone on Tuesday.",
         E("CALL", "JPN", "AUS", "defence-ministers", date="2023-06-20")),
    case("The Chinese and Russian chiefs of general staff had frank talks by phone on "
         "Tuesday.", E("CALL", "CHN", "RUS", date="2023-06-20")),
    case("Indian Army chief General Manoj Pande and his Chinese counterpart held talks by "
         "video on Tuesday.",
         E("CALL", "IND", "CHN", date="2023-06-20")),
    case("The defence ministers of Turkey and Greece talked on the phone on Tuesday.",
         E("CALL", "TUR", "GRC", "defence-ministers", date="2023-06-20")),
    case("The Greek and Turkish defence ministers met virtually on Tuesday.",
         E("CALL", "GRC", "TUR", "defence-ministers", date="2023-06-20")),
    case("US Defense Secretary Lloyd Austin met Chinese Defence Minister Li Shangfu virtually "
         "on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("Austin spoke by phone with Li, who was in Beijing, on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    # the call something was discussed in ("in a phone call", "during a video call")
    case("In a phone call late on Wednesday, the Indian and Pakistani army chiefs discussed "
         "the shelling.",
         E("CALL", "IND", "PAK", "military-chiefs", date="2023-06-21")),
    case("During a video call on Monday, Austin and Li Shangfu discussed the South China Sea.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-26")),
    case("The Japanese and Chinese defence ministers discussed the radar incident in a "
         "telephone conversation on Friday.",
         E("CALL", "JPN", "CHN", "defence-ministers", date="2023-06-23")),
    case("In a meeting in Jakarta on Monday, Austin and Li Shangfu discussed the South China Sea.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-26")),
]

# ------------------------------------------------------------------ held in person: MEET
#: The contact's own words say it was held in person, or nothing says it was remote.
IN_PERSON = [
    case("The defence ministers of India and Japan held talks in Tokyo on Tuesday.",
         E("MEET", "IND", "JPN", "defence-ministers", date="2023-06-20")),
    case("US Defense Secretary Lloyd Austin met Chinese Defence Minister Li Shangfu in "
         "Singapore on Tuesday.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("Austin and Li spoke face to face on the sidelines of the Shangri-La Dialogue on "
         "Tuesday.",
         E("MEET", "USA", "CHN", date="2023-06-20")),
    case("Austin spoke with Li on the margins of the ASEAN meeting on Tuesday.",
         E("MEET", "USA", "CHN", date="2023-06-20")),
    case("Austin spoke briefly with Li in Singapore on Tuesday.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("The Australian and Indonesian defence ministers spoke in person in Jakarta on "
         "Tuesday.",
         E("MEET", "AUS", "IDN", "defence-ministers", date="2023-06-20")),
    case("The defence ministers of Britain and Norway spoke at length in Oslo on Tuesday.",
         E("MEET", "GBR", "NOR", "defence-ministers", date="2023-06-20")),
    case("The Russian and Turkish defence ministers held a conversation on the sidelines of "
         "the summit in Astana on Tuesday.",
         E("MEET", "RUS", "TUR", date="2023-06-20")),
    # A medium named for another contact or a topic is not this contact's medium.
    case("The Chinese and Russian defence ministers met in Beijing on Tuesday to discuss a "
         "video link between their staffs.",
         E("MEET", "CHN", "RUS", "defence-ministers", date="2023-06-20")),
    case("The defence ministers of South Korea and Japan met face to face on Tuesday for the "
         "first time since their phone call in March.",
         E("MEET", "KOR", "JPN", "defence-ministers", date="2023-06-20"),
         E("CALL", "KOR", "JPN", "defence-ministers", date="2023-03")),
    case("The defence ministers of Japan and Australia met in Canberra on Tuesday and agreed "
         "to hold a video call in July.",
         E("MEET", "JPN", "AUS", "defence-ministers", date="2023-06-20")),
]

# ----------------------------------------------------- a round of a standing dialogue: MEET
#: "held maritime safety talks by video" is a session of those talks, not a call.
DIALOGUE_ROUNDS = [
    case("The two militaries of the United States and China held a virtual round of maritime "
         "safety talks on Tuesday.",
         E("MEET", "USA", "CHN", "maritime-safety-talks", date="2023-06-20")),
    case("Officers of the United States and China held maritime safety talks via "
         "videoconference on Tuesday.",
         E("MEET", "USA", "CHN", "maritime-safety-talks", date="2023-06-20")),
    case("The US and Chinese militaries held a round of the Defense Policy Coordination Talks "
         "over a video call on Tuesday.",
         E("MEET", "USA", "CHN", "defence-policy-talks", date="2023-06-20")),
]

# ------------------------------------------------- a contact occasioned by a request: both
#: "the call was held at New Delhi's request": the request is granted, the contact took place;
#: a call dated by its own "on 2 June" is no appeal "on" someone.
OCCASIONED = [
    case("The call between the Indian and Chinese defence ministers was held at New Delhi's "
         "request on Tuesday.",
         E("CALL", "IND", "CHN", "defence-ministers", date="2023-06-20"),
         E("REQUEST", "IND", "CHN", date="2023-06-20")),
    case("The meeting of the Japanese and Chinese defence ministers took place at the "
         "invitation of Tokyo on Tuesday.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-20"),
         E("REQUEST", "JPN", "CHN", date="2023-06-20")),
    case("The defence ministers of Russia and Turkey spoke by phone on Friday. Their first "
         "call, on 2 June, was placed at Ankara's request.",
         E("CALL", "RUS", "TUR", "defence-ministers", date="2023-06-23"),
         E("CALL", "RUS", "TUR", "defence-ministers", date="2023-06-02"),
         E("REQUEST", "TUR", "RUS", date="2023-06-02")),
    case("Japan's call on China for a maritime hotline went unanswered.",
         E("REQUEST", "JPN", "CHN"), E("DECLINE", "CHN", "JPN")),
]

# ------------------------------------------------------ "called X on Tuesday" is a phone call
#: An "on" that governs a day or a month dates the call; "called on X" is an appeal.
DATED_CALLS = [
    case("Austin called Li Shangfu on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("India's army chief called his Pakistani counterpart on Monday to discuss the "
         "ceasefire.",
         E("CALL", "IND", "PAK", date="2023-06-26")),
    case("Japan called on China on Tuesday to set up a military hotline.",
         E("DEMAND", "JPN", "CHN")),
    case("The Indian DGMO called his Pakistani counterpart at noon on Monday.",
         E("CALL", "IND", "PAK", date="2023-06-26")),
    case("The US ambassador called at the Chinese defence ministry on Monday."),
]

# ------------------------------------------------------------------- "rang his counterpart"
#: Ringing a person, a role or a state is a call; a phone or a bell ringing is not.
RINGING = [
    case("India's army chief rang his Pakistani counterpart on Tuesday.",
         E("CALL", "IND", "PAK", date="2023-06-20")),
    case("The Pakistani DGMO rang his Indian counterpart at 15:35 on Saturday.",
         E("CALL", "PAK", "IND", date="2023-06-24")),
    case("The phone rang at the Pentagon on Tuesday."),
    case("Protesters rang the bell of the Chinese embassy on Tuesday."),
]

# ------------------------------------------------------ talked over, in a remote format
#: "exchanged views by phone", "held talks in a video format"; "in a closed format" is none.
OTHER_WORDINGS = [
    case("Austin and Li exchanged views by phone on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("The Russian and Chinese defence ministers held talks in a video format on Tuesday.",
         E("CALL", "RUS", "CHN", "defence-ministers", date="2023-06-20")),
    case("The Russian and Chinese defence ministers held talks in videoconference format on "
         "Tuesday.",
         E("CALL", "RUS", "CHN", "defence-ministers", date="2023-06-20")),
    case("The Russian and Chinese defence ministers held talks in Moscow in a closed format on "
         "Tuesday.",
         E("MEET", "RUS", "CHN", "defence-ministers", date="2023-06-20")),
]

# ------------------------------------------------------ "hotline contact", "telephone contact"
#: A noun of being in touch with a remote modifier is a call; without one, or as a modifier
#: itself ("contact point"), or denied or only planned, it is none.
REMOTE_CONTACTS = [
    case("A special hotline contact was established on Tuesday between the directors general "
         "of military operations of India and Pakistan.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-20")),
    case("The army chiefs of India and Pakistan had their first telephone contact in months on "
         "Tuesday.",
         E("CALL", "IND", "PAK", date="2023-06-20")),
    case("India and Pakistan have had no hotline contact since February."),
    case("The hotline contact point between India and Pakistan was moved to a new building on "
         "Tuesday."),
    case("India and Pakistan agreed on Tuesday to maintain regular hotline contacts."),
]

# ------------------------------------------------------------------------ a line used
#: Using a line ("used the hotline", "tested the telephone link") is a call over it; so is
#: "a test call on the line"; a line of control is no phone line.
LINES_USED = [
    case("The defence chiefs of the United States and China used the new military hotline "
         "for the first time on Thursday.",
         E("CALL", "USA", "CHN", "hotline", date="2023-06-22")),
    case("The defence ministries of Japan and China tested their new telephone link on "
         "Friday.",
         E("CALL", "JPN", "CHN", date="2023-06-23")),
    case("South Korea made a test call on the eastern military line on Monday, and North "
         "Korea answered.",
         E("CALL", "KOR", "PRK", "hotline", date="2023-06-26")),
    case("The hotline between Beijing and Hanoi, set up in 2018, was used for the first time "
         "on Thursday.",
         E("CALL", ANY, ANY, "hotline", date="2023-06-22"), allow=("ESTABLISH",)),
    case("The Japanese and Chinese defence hotline was used on Friday to discuss the radar "
         "incident.",
         E("CALL", ANY, ANY, "hotline", date="2023-06-23")),
    case("The hotline between Seoul and Pyongyang is used to exchange routine messages."),
    case("India and Pakistan have never used the hotline to discuss a nuclear alert."),
    case("The Indian army said on Monday it used the line of control markings to guide "
         "patrols against Pakistan."),
]

# ------------------------------------------------------------- messages over a line
#: Being in touch over a phone or military line is a call; fire over the line of control
#: and lists through diplomatic channels are not.
MESSAGED = [
    case("South Korean and North Korean officers exchanged messages over the western "
         "military line on Monday.",
         E("CALL", "KOR", "PRK", "hotline", date="2023-06-26")),
    case("South Korean and North Korean officers communicated via the military communication "
         "line on Monday.",
         E("CALL", "KOR", "PRK", "hotline", date="2023-06-26")),
    case("The Indian and Pakistani DGMOs exchanged messages over the hotline on Monday.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-26")),
    case("Austin and Li conversed by phone on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("The defence ministers of Japan and Australia communicated via video link on "
         "Tuesday.",
         E("CALL", "JPN", "AUS", "defence-ministers", date="2023-06-20")),
    case("Indian and Pakistani troops exchanged fire over the line of control on Monday."),
    case("India and Pakistan exchanged lists of nuclear installations through diplomatic "
         "channels on Monday."),
]

#: A message, a warning or a notice given or sent over a line is a call over it
#: (extract/line_messages.py); without a line, or to one's own people, it is none.
SENT_OVER_A_LINE = [
    case("The Russian defence ministry said the Israeli side gave less than a minute's "
         "warning over the deconfliction hotline before the strike.",
         E("CALL", "ISR", "RUS", "hotline")),
    case("South Korea sent a message to the North via the military hotline on Tuesday.",
         E("CALL", "KOR", "PRK", "hotline", date="2023-06-20")),
    case("The Indian army said it had passed a warning to Pakistani officers over the DGMO "
         "hotline on Friday.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-23")),
    case("The ministry gave a warning to citizens over the radio on Tuesday."),
    case("The president sent a message of support to the troops on Tuesday."),
    case("Seoul sent a message to Pyongyang through the Red Cross on Tuesday.",
         allow=("REQUEST", "DEMAND")),
]

# --------------------------------------------------------- "a call to act" is an appeal
#: The noun 'call' with an infinitive of doing is an appeal; with one of talking, a medium or
#: a partner it is a phone call.
APPEALS = [
    case("Lawmakers in Washington backed President Trump's call to boost military spending "
         "against China."),
    case("Japan welcomed the Chinese president's call to ease tensions with Tokyo."),
    case("The call to discuss the ceasefire between the Indian and Pakistani DGMOs lasted 40 "
         "minutes on Tuesday.",
         E("CALL", "IND", "PAK", date="2023-06-20")),
    case("Austin made a call to Li on Tuesday to discuss the balloon.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("The phone call to defuse the standoff between the army chiefs of India and China "
         "took place on Tuesday.",
         E("CALL", "IND", "CHN", date="2023-06-20")),
]

# --------------------------------------------------------------------- letters exchanged
#: Letters exchanged are a contact at a distance, the contract's remote type CALL; letters of
#: intent are documents and lists are no letters.
LETTERS = [
    case("The defence ministers of South Korea and Japan exchanged letters on Tuesday.",
         E("CALL", "KOR", "JPN", "defence-ministers", date="2023-06-20")),
    case("The leaders of Russia and North Korea exchanged letters in May, the Kremlin said.",
         E("CALL", "RUS", "PRK", "leaders", date="2023-05")),
    case("The defence ministries of India and Vietnam exchanged letters of intent on defence "
         "cooperation on Tuesday."),
    case("India and Pakistan exchanged lists of prisoners on Tuesday."),
]

#: The tables above read with the default pipeline, one test per row.
# ------------------------------------------------- told someone something over a medium
#: "told his counterpart by telephone", "assured him over the phone": the two were on a call;
#: telling the press by phone, or telling without a medium, is none.
TOLD_OVER_A_MEDIUM = [
    case("Defence Minister Sergei Shoigu told his British counterpart Ben Wallace by "
         "telephone on Tuesday that Kyiv was preparing a provocation.",
         E("CALL", "RUS", "GBR", "defence-ministers", date="2023-06-20")),
    case("Austin assured Li Shangfu over the phone on Monday that Washington sought no "
         "conflict.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-26")),
    case("The Indian army chief informed his Pakistani counterpart by phone on Tuesday that "
         "the firing had stopped.",
         E("CALL", "IND", "PAK", date="2023-06-20")),
    case("Japan's defence minister warned his Chinese counterpart over the hotline on "
         "Tuesday against further radar illuminations.",
         E("CALL", "JPN", "CHN", date="2023-06-20"), allow=("DEMAND",)),
    case("The Russian defence minister told reporters by telephone on Tuesday that the "
         "exercise was over."),
    case("Shoigu told the Russian parliament on Tuesday that the drills would go on."),
    case("The Chinese defence ministry told the Japanese embassy in a note on Tuesday that "
         "the patrols were lawful."),
]

# ------------------------------------------------------- a call told in a time clause
#: "freed after Kerry and Zarif spoke by phone", "when the two ministers spoke": a finite
#: clause with its own subject tells the call; "speaking to reporters" tells none.
SPOKE_IN_A_CLAUSE = [
    case("The sailors were freed within a day after Secretary of State John Kerry and Iran's "
         "foreign minister Mohammad Javad Zarif spoke several times by telephone.",
         E("CALL", "USA", "IRN", "diplomatic")),
    case("Tensions eased after Austin spoke by phone with his Chinese counterpart Li Shangfu "
         "on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("The shelling eased shortly before the Indian and Pakistani army chiefs spoke on "
         "the hotline on Saturday.",
         E("CALL", "IND", "PAK", date="2023-06-24")),
    case("Speaking to reporters in Tokyo on Tuesday, the Japanese defence minister said "
         "China had to explain the drills."),
    case("The Indian army chief, speaking at a seminar after his Chinese counterpart had "
         "left, said the border was calm."),
]

# ------------------------------------------- a conversation held at a meeting it dates to
#: "last spoke in November, when Austin met Wei": the 'when' clause tells how the two spoke,
#: so one MEET and no CALL; a 'when' clause of a call, or of no contact, leaves it a call.
SPOKE_WHEN_THEY_MET = [
    case("Austin and Wei Fenghe last spoke in November 2022, when Austin met Wei in Phnom "
         "Penh.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2022-11")),
    case("The Indian and Chinese foreign ministers last talked in March, when they met in "
         "Delhi.",
         E("MEET", "IND", "CHN", "diplomatic", date="2023-03")),
    case("The two defence ministers of Japan and South Korea last spoke in April, when the "
         "Korean minister visited Tokyo.",
         E("MEET", "JPN", "KOR", "defence-ministers", date="2023-04")),
    # negatives: the 'when' clause is a call, or tells no contact
    case("The Indian and Chinese foreign ministers last spoke in March, when Jaishankar "
         "called Wang Yi.",
         E("CALL", "IND", "CHN", "diplomatic", date="2023-03")),
    case("The Indian and Chinese foreign ministers last spoke in March, when tensions rose on "
         "the border.",
         E("CALL", "IND", "CHN", "diplomatic", date="2023-03")),
]

TABLES: dict[str, list[Any]] = {
    "spoke when they met": SPOKE_WHEN_THEY_MET,
    "remote noun": REMOTE_NOUNS,
    "remote adjunct": REMOTE_ADJUNCTS,
    "in person": IN_PERSON,
    "dialogue round": DIALOGUE_ROUNDS,
    "occasioned": OCCASIONED,
    "dated call": DATED_CALLS,
    "remote contact": REMOTE_CONTACTS,
    "ringing": RINGING,
    "other wordings": OTHER_WORDINGS,
    "lines used": LINES_USED,
    "messaged": MESSAGED,
    "sent over a line": SENT_OVER_A_LINE,
    "appeals": APPEALS,
    "letters": LETTERS,
    "told over a medium": TOLD_OVER_A_MEDIUM,
    "spoke in a clause": SPOKE_IN_A_CLAUSE,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)


@pytest.mark.parametrize("text", [
    "The chiefs of defence of the United Kingdom and France held talks via videoconference "
    "on Tuesday.",
    "The Greek and Turkish defence ministers held talks via videoconference on Tuesday.",
    "Austin held talks with Li via videoconference on Tuesday.",
    "The Russian and Chinese defence ministers held talks in videoconference format on "
    "Tuesday.",
])
def test_medium_noun_is_no_second_contact(realis: Pipeline, text: str) -> None:
    """'held talks via videoconference' is one call: the videoconference is how the talks
    were held (parley.medium-is-no-contact.v1), not a second contact."""
    got = run(realis, text, date(2023, 6, 26))
    assert [g.type for g in got] == ["CALL"], got
