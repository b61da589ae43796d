"""Sentence table: Relative dates bound to events (extract/dating.py, story_dates.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ANY, ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- relative dates
DATES = [
    case("The Indian and Pakistani DGMOs spoke on the hotline last week.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06")),
    case("Yesterday the US and Chinese defence chiefs spoke by video link.",
         E("CALL", "USA", "CHN", date="2023-06-25")),
    case("Last year Moscow suspended the military chiefs' talks with Washington.",
         E("SUSPEND", "RUS", "USA", "military-chiefs", date="2022")),
    case("This month Japan and China held their first defence talks in four years.",
         E("MEET", "JPN", "CHN", date="2023-06")),
    case("Since 2021 Beijing has turned down US requests for a defence ministers' call.",
         E("DECLINE", "CHN", "USA", "defence-ministers", date="2021", date_end="2023-06-26"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2021", date_end="2023-06-26")),
    case("Moscow has ignored Washington's proposals for talks between military chiefs since "
         "2022.",
         E("DECLINE", "RUS", "USA", "military-chiefs", date="2022", date_end="2023-06-26"),
         E("REQUEST", "USA", "RUS", "military-chiefs", date="2022", date_end="2023-06-26")),
    case("On Tuesday Pyongyang cut off the military hotline with Seoul.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2020-06-09"), published=date(2020, 6, 10)),
    case("US and Chinese military chiefs held a video call in December last year.",
         E("CALL", "USA", "CHN", "military-chiefs", date="2022-12"),
         published=date(2023, 11, 20)),
    case("Austin and Li met in Singapore earlier this month.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06")),
    case("South Korea and North Korea talked on the military hotline in March.",
         E("CALL", "KOR", "PRK", "hotline", date="2023-03")),
    case("Chinese and US military chiefs held a video call in December.",
         E("CALL", "CHN", "USA", "military-chiefs", date="2022-12")),
]


# ------------------------------------------------- a reported event in a 'when' clause
#: "December 2018, when Tokyo said a destroyer had locked its radar on a plane": the date
#: the clause hangs on dates the event reported inside it too.
REPORT_ON_A_DATE = [
    case("The row dates to December 2018, when Tokyo said a South Korean destroyer had "
         "locked its fire-control radar on a Japanese patrol plane.",
         E("ENCOUNTER", "KOR", "JPN", date="2018-12")),
    case("The dispute goes back to June 2021, when Moscow said a Russian patrol boat had "
         "fired warning shots at the British destroyer HMS Defender.",
         E("ENCOUNTER", "RUS", "GBR", date="2021-06")),
    case("The standoff recalls August 2020, when Athens reported that a Greek frigate had "
         "collided with a Turkish frigate.",
         E("ENCOUNTER", "GRC", "TUR", date="2020-08")),
]

# ------------------------------------------------- one date for coordinated verbs
#: "intercepted and harassed the drone on Tuesday": the first verb shares the date of the
#: one coordinated after it, so the sentence tells one encounter, not two.
COORDINATED_VERBS = [
    case("A Russian Su-27 intercepted and harassed a US drone over the Black Sea on Tuesday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    case("A Chinese J-11 flew close to and harassed an Australian P-8 on Tuesday.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-06-20")),
    case("Chinese ships shadowed and blocked a Philippine navy supply boat on Saturday.",
         E("ENCOUNTER", "CHN", "PHL", date="2023-06-24")),
]

# ---------------------------------------------------- the date of a 'when' clause
#: "cut the hotline when tensions rose in June 2020": a verb without a date of its own
#: happens at the time of its 'when' clause; a date of its own wins.
TIME_CLAUSE = [
    case("North Korea cut the military hotline with South Korea when tensions rose in June "
         "2020.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2020-06")),
    case("Austin met Li when both attended a forum in Singapore in June 2023.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06")),
    case("Austin met Li in Singapore on Friday, when a forum that opened in June 2022 met "
         "again.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-23")),
    # After a sentence that moved the story to another day, the time clause still dates
    # its main clause.
    case("The two militaries' chiefs last spoke in August 2022. When a spy balloon drifted "
         "over the country in February, Beijing rejected a request from Austin for a call.",
         E("CALL", "USA", "CHN", date="2022-08"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2023-02"),
         E("DECLINE", "CHN", "USA", "defence-ministers", date="2023-02")),
    case("Seoul and Tokyo held talks in October 2022. As tensions rose over the radar row in "
         "January, the two defence ministers spoke by phone.",
         E("MEET", "KOR", "JPN", date="2022-10"),
         E("CALL", "KOR", "JPN", "defence-ministers", date="2023-01")),
    case("India and China held corps commander talks in December 2022. While troops "
         "clashed at Yangtse in March, the two sides' commanders met at Chushul.",
         E("MEET", "IND", "CHN", date="2023-03")),
    # A trigger deep in a 'when' clause takes the date that clause hangs on, not a date
    # of another phrase ("planned for later that year") or the story's last year.
    case("Greece and Turkey held talks in 2016. Ties hit a low in May 2022, when Ankara said "
         "it had lost patience and called off the defence talks planned for later that year.",
         E("MEET", "GRC", "TUR", date="2016"), E("SUSPEND", "TUR", "GRC", date="2022-05")),
    case("India and Pakistan held talks in 2015. Relations broke down in February 2019, when "
         "Islamabad said it had no choice and suspended the hotline it had reopened that "
         "year.",
         E("MEET", "IND", "PAK", date="2015"),
         E("SUSPEND", "PAK", "IND", "hotline", date="2019-02"), allow=("RESUME",)),
    case("China and the United States held talks in 2019. Relations sank in August 2022, when "
         "Beijing said it was furious and cancelled the theatre commander talks set for later "
         "that year.",
         E("MEET", "CHN", "USA", date="2019"),
         E("SUSPEND", "CHN", "USA", "theater-command-talks", date="2022-08")),
    # a 'where' clause on an occasion named with its date is told at that date
    case("The decision came after a summit between the US and Chinese presidents in "
         "California on Nov. 15, where the two leaders agreed to restore military "
         "communication.",
         E("MEET", "USA", "CHN", "leaders", date="2022-11-15"),
         E("RESUME", "USA", "CHN", date="2022-11-15")),
    case("The talks followed a meeting of the Indian and Chinese foreign ministers in Moscow "
         "on Sept. 10, where they agreed to resume the corps commander talks.",
         E("MEET", "IND", "CHN", "diplomatic", date="2022-09-10"),
         E("RESUME", "IND", "CHN", "theater-command-talks", date="2022-09-10")),
    case("The South Korean and Japanese leaders met in Tokyo on March 16, where they agreed to "
         "restore their security dialogue.",
         E("MEET", "KOR", "JPN", "leaders", date="2023-03-16"),
         E("RESUME", "KOR", "JPN", date="2023-03-16")),
    # negative: a date of the trigger's own clause still dates it
    case("China and the United States held talks in 2019. Relations sank in 2022, when "
         "Beijing said it was furious and cancelled the theatre commander talks in August.",
         E("MEET", "CHN", "USA", date="2019"),
         E("SUSPEND", "CHN", "USA", "theater-command-talks", date="2022-08")),
    # negative: a clause of cause, not of time, leaves the story's day
    case("The two militaries' chiefs last spoke in August 2022. Because a spy balloon "
         "drifted over the country, Beijing rejected a request from Austin for a call.",
         E("CALL", "USA", "CHN", date="2022-08"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2022-08"),
         E("DECLINE", "CHN", "USA", "defence-ministers", date="2022-08")),
]

#: "that day" of the event's own clause beats a date inside another phrase of it
#: ("after shelling on Saturday night"), counted from a day stated before it in the
#: sentence (extract/story_dates.py `_relative_in_clause`); a period named again ("later
#: that month") does not narrow the month stated beside it.
STORY_DAY_IN_CLAUSE = [
    case("The Indian army said on Sunday that its DGMO had spoken to his Pakistani "
         "counterpart on the hotline that day after firing along the Line of Control on "
         "Saturday night.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-25")),
    case("Tokyo said on Thursday that the defence ministers of Japan and China had spoken by "
         "phone that same day after a collision near the Senkakus on Wednesday evening.",
         E("CALL", "JPN", "CHN", "defence-ministers", date="2023-06-22")),
    case("The Indian and Pakistani DGMOs spoke on Saturday. Officials said on Sunday that the "
         "two had held a second call over the hotline that day, after shelling across the "
         "border on Saturday night.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-24"),
         E("CALL", "IND", "PAK", "hotline", date="2023-06-25")),
    # negatives: no story-relative day; a period named again
    case("The Indian army said on Sunday that its DGMO had spoken to his Pakistani "
         "counterpart on the hotline after firing along the Line of Control on Saturday "
         "night.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-24")),
    case("US and Chinese theatre commanders spoke by video in March and met in Hawaii later "
         "that month, after a close intercept over the South China Sea in February.",
         E("CALL", "USA", "CHN", "theater-command-talks", date="2023-03"),
         E("MEET", "USA", "CHN", "theater-command-talks", date="2023-03")),
    case("China and Vietnam set up a defence hotline in 2014. Their defence ministers met in "
         "Hanoi in October that year.",
         E("ESTABLISH", "CHN", "VNM", "hotline", date="2014"),
         E("MEET", "CHN", "VNM", "defence-ministers", date="2014-10")),
]

#: A phrase restating the event (", the first meeting between the two since 2019", ", their
#: first talks since 2019") carries the event's own dates, where the parser hangs them, and
#: its 'since' dates the earlier contact, not this one; "his counterpart at the time" names
#: a tenure, not the day (extract/story_dates.py `_restating_appositions`).
RESTATING_PHRASE = [
    case("Austin met his Chinese counterpart at the time, Wei Fenghe, on the sidelines of a "
         "forum in Singapore in June 2022, the first meeting between the two defence chiefs "
         "since 2019.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2022-06")),
    case("Japan's defence minister met his Chinese counterpart, Li Shangfu, on the sidelines "
         "of a regional meeting in Jakarta in March, their first talks since 2019.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-03")),
    case("Wang Yi met India's foreign minister at the time, Subrahmanyam Jaishankar, in Delhi "
         "in March.",
         E("MEET", "CHN", "IND", "diplomatic", date="2023-03")),
    # negative: the restating phrase's own 'since' stays the earlier contact's
    case("The defence ministers of India and China met in Moscow on Friday, their first "
         "meeting since the border clash in 2020.",
         E("MEET", "IND", "CHN", "defence-ministers", date="2023-06-23")),
    # A date in what 'since' names dates that, not the meeting restated.
    case("The defence ministers of Japan and China met in Beijing, the first meeting between "
         "them since the election of a new Japanese government in October.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-26")),
    case("Indian and Chinese corps commanders held talks at Moldo, their first meeting since "
         "the clash in the Galwan Valley in June 2020.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2023-06-26")),
    # negative: the contact 'since' names keeps the date of its own phrase
    case("Japanese and South Korean defence ministers met face to face for the first time "
         "since their phone call in March.",
         E("MEET", "JPN", "KOR", "defence-ministers", date="2023-06-26"),
         E("CALL", "JPN", "KOR", "defence-ministers", date="2023-03")),
]

#: A wire dateline's day ("SEOUL/TOKYO, June 2 - ") is the filing day: it does not move the
#: story on, so an undated past-tense sentence after the lead goes on with the lead's day
#: (extract/story_dates.py `in_dateline`).
DATELINE_DAY = [
    case("SEOUL/TOKYO, June 2 - South Korea and Japan agreed on Saturday to settle their radar "
         "dispute, with their defence ministers pledging to resume exchanges. Their defence "
         "ministers met for an hour on the sidelines of a forum in Singapore, the ministry "
         "said.",
         E("MEET", "KOR", "JPN", "defence-ministers", date="2024-06-01"),
         allow=("RESUME",), published=date(2024, 6, 2)),
    # A story published after its filing day counts its weekdays and 'yesterday' from the
    # dateline's day (extract/dateline_days.py), with or without an agency in brackets.
    case("WASHINGTON, June 21 (Wire) - The U.S. and Chinese defence ministers held talks in "
         "Singapore on Tuesday, officials said.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-20"),
         published=date(2023, 6, 28)),
    case("NEW DELHI, March 9 - The Indian and Pakistani DGMOs spoke over the hotline "
         "yesterday, the army said.",
         E("CALL", "IND", "PAK", "hotline", date="2023-03-08"),
         published=date(2023, 3, 14)),
    case("TOKYO, Sept. 14 (Agency) - The defence ministers of Japan and China spoke by phone "
         "on Monday.",
         E("CALL", "JPN", "CHN", "defence-ministers", date="2023-09-11"),
         published=date(2023, 9, 20)),
    # negatives: no dateline, or a dateline day after publication, count from publication
    case("The U.S. and Chinese defence ministers held talks in Singapore on Tuesday, officials "
         "said.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-27"),
         published=date(2023, 6, 28)),
    case("WASHINGTON, June 30 (Wire) - The U.S. and Chinese defence ministers held talks in "
         "Singapore on Tuesday, officials said.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-27"),
         published=date(2023, 6, 28)),
    # negative: with no other day stated, the meeting is of the filing day
    case("SEOUL, June 2 - The defence ministers of South Korea and Japan met in Singapore, the "
         "ministry said.",
         E("MEET", "KOR", "JPN", "defence-ministers", date="2024-06-02"),
         published=date(2024, 6, 2)),
    # A day the lead's clause tells beats the dateline's day, also in an infinitive of
    # purpose ("fired flares to drive off an aircraft on Sunday"), however it is parsed.
    case("SEOUL, March 7 - South Korean fighter jets fired flares for the first time to drive "
         "off a Chinese military aircraft on Sunday, after a Chinese bomber entered South "
         "Korea's air defence zone, the military said.",
         E("ENCOUNTER", "KOR", "CHN", date="2023-03-05"), published=date(2023, 3, 7)),
    case("SEOUL, March 7 - A South Korean destroyer fired warning shots to chase away a North "
         "Korean patrol boat on Sunday, the military said.",
         E("ENCOUNTER", "KOR", "PRK", date="2023-03-05"), published=date(2023, 3, 7)),
    # negative: a purpose clause without a day leaves the filing day
    case("SEOUL, March 7 - A South Korean destroyer fired warning shots to chase away a North "
         "Korean patrol boat, the military said.",
         E("ENCOUNTER", "KOR", "PRK", date="2023-03-07"), published=date(2023, 3, 7)),
]

#: "Two days later", "a week later" open a sentence counted from the day the sentence before
#: stated: that sentence is parsed too (pipeline.py `_refers_back`), even with no event.
COUNTED_FROM_THE_SENTENCE_BEFORE = [
    case("India's foreign secretary announced a deal on patrols on October 21. Two days later "
         "Chinese and Indian defence ministers met in Beijing.",
         E("MEET", "CHN", "IND", "defence-ministers", date="2024-10-23"),
         published=date(2024, 11, 20)),
    case("India's foreign secretary announced a deal on patrols on October 21. A week later "
         "Chinese and Indian defence ministers met in Beijing.",
         E("MEET", "CHN", "IND", "defence-ministers", date="2024-10"),
         published=date(2024, 11, 20)),
    # negative: with no day before, the count runs from the day of writing
    case("India's foreign secretary announced a deal on patrols. Two days later Chinese and "
         "Indian defence ministers met in Beijing.",
         E("MEET", "CHN", "IND", "defence-ministers", date="2024-11-22"),
         published=date(2024, 11, 20)),
]

#: The tables above read with the default pipeline, one test per row.
# ----------------------------------------------- the day of the message a participle tells
#: "sent a letter on Friday proposing talks": the participle on the verb's object tells what
#: the letter says, so the request is made on the day the letter was sent; a letter without
#: a dated verb keeps the publication day.
MESSAGE_DAY = [
    case("North Korea sent a letter on Friday proposing urgent talks between the two "
         "defence ministers of South Korea and North Korea.",
         E("REQUEST", "PRK", "KOR", "defence-ministers", date="2023-06-23")),
    case("Tokyo sent Beijing a letter on Wednesday proposing urgent talks between the two "
         "defence ministers.",
         E("REQUEST", "JPN", "CHN", "defence-ministers", date="2023-06-21")),
    case("India sent a letter on Thursday proposing fresh talks between the two army chiefs "
         "of India and China.",
         E("REQUEST", "IND", "CHN", "military-chiefs", date="2023-06-22")),
    case("A letter proposing talks between the defence ministers of South Korea and North "
         "Korea reached Seoul.",
         E("REQUEST", "PRK", "KOR", "defence-ministers", date="2023-06-26")),
]


# ------------------------------------------------ a clause told within an event's noun
#: "held a call with Shoigu, in which Austin urged a ceasefire": what is said in a clause
#: opened by 'in/at/during which' on an event noun is said on that event's day.
TOLD_WITHIN_AN_EVENT = [
    case("Austin held a call with Dong on Tuesday, in which he proposed talks between the "
         "theatre commanders.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2024-05-28"),
         E("REQUEST", "USA", "CHN", "theater-command-talks", date="2024-05-28"),
         published=date(2024, 6, 3)),
    case("Austin met Dong in Singapore on Friday, a meeting at which Dong demanded that "
         "Washington stop arming Taiwan.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2024-05-31"),
         E("DEMAND", "CHN", "USA", date="2024-05-31"), published=date(2024, 6, 3)),
]


# ------------------------------------- a coordinated clause timed by its own 'when' clause
#: "had been cut in 2018, and its restoration was agreed when the chiefs spoke in
#: February": the second clause has its own subject and 'when' clause, so the first
#: clause's date is not its date.
OWN_TIME_CLAUSE = [
    case("The hotline between India and Pakistan had been cut in 2018, and its restoration "
         "was agreed by the two army chiefs when they spoke in February.",
         E("SUSPEND", "PAK", "IND", "hotline", date="2018"),
         E("RESUME", "IND", "PAK", "hotline", date="2023-02")),
    case("The defence dialogue between Australia and China had been frozen from 2020, and "
         "its revival was agreed by the two leaders when they met in Canberra last June.",
         # frozen over a stretch: how it stood (extract/suspended_stretches.py)
         E("STATUS", "AUS", "CHN", status="suspended", date="2020"),
         E("RESUME", "AUS", "CHN", date="2022-06"),
         E("MEET", "AUS", "CHN", "leaders", date="2022-06")),
]

#: "scrambled jets on Saturday after a patrol plane entered its airspace": an incident told
#: in an 'after' clause with no date of its own takes the main clause's day, any other event
#: its day or month (extract/clause_dates.py prompting_clause_date); one with its own date
#: keeps it.
PROMPTING_CLAUSE = [
    case("Japanese fighter jets were scrambled on Saturday after a Russian patrol plane "
         "entered Japan's airspace off Hokkaido, the ministry said.",
         E("ENCOUNTER", "RUS", "JPN", date="2023-06-24")),
    case("China summoned the US defence attache on Thursday after an American destroyer "
         "sailed near the Paracel Islands.",
         E("ENCOUNTER", "USA", "CHN", date="2023-06-22"), allow=("MEET",)),
    # The dateline's day is the filing day, not the main clause's.
    case("TOKYO, June 26 - Japanese fighter jets were scrambled on Saturday after a Russian "
         "patrol plane entered Japan's airspace off Hokkaido, the ministry said.",
         E("ENCOUNTER", "RUS", "JPN", date="2023-06-24")),
    case("Japanese fighter jets were scrambled on Saturday after a Russian patrol plane had "
         "entered Japan's airspace off Hokkaido on Friday, the ministry said.",
         E("ENCOUNTER", "RUS", "JPN", date="2023-06-23")),
    # Any other event told there takes the main clause's day or month as well.
    case("Military intelligence sharing was restored in March 2023 after the South Korean "
         "president travelled to Tokyo for a summit with the Japanese prime minister.",
         E("MEET", "KOR", "JPN", "leaders", date="2023-03"), allow=("RESUME",)),
    case("Washington shelved the dialogue in May after Beijing turned down a request for a "
         "call between the defence ministers.",
         E("SUSPEND", "USA", "CHN", "defence-ministers", date="2023-05"),
         E("DECLINE", "CHN", "USA", "defence-ministers", date="2023-05"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2023-05")),
    # negative: a clause with its own subject coordinated inside the 'after' clause
    case("Moscow suspended the deconfliction line with Washington in June 2017 after a US "
         "fighter downed a Syrian jet, and contact through the line was later restored.",
         E("SUSPEND", "RUS", "USA", "hotline", date="2017-06"),
         E("RESUME", "USA", "RUS", "hotline", date="2023-06-26")),
]

#: "summoned the attache over that episode": an undated act over an incident named again
#: ("that episode", "the collision", "the strike") is of the encounter told before it, not
#: of the day the story stands at (extract/story_dates.py `_event_referred_to`).
INCIDENT_NAMED_AGAIN = [
    case("A Russian fighter released a missile near a British spy plane over the Black Sea "
         "on Sept. 29, Britain said. That was the gravest encounter between the two since "
         "June 2021, when a Russian patrol boat fired warning shots near the British "
         "destroyer HMS Defender. Moscow summoned the British defence attache over that "
         "episode.",
         E("ENCOUNTER", "RUS", "GBR", date="2022-09-29"),
         E("ENCOUNTER", "RUS", "GBR", date="2021-06"),
         E("MEET", "RUS", "GBR", "attaches", date="2021-06", date_end=None),
         published=date(2022, 10, 21)),
    case("A Russian jet dumped fuel on a US drone over the Black Sea on Tuesday. It was the "
         "most dangerous encounter between the two militaries since April 2001, when a "
         "Chinese fighter collided with a US Navy EP-3 near Hainan. Washington demanded an "
         "apology from Beijing over the collision.",
         E("ENCOUNTER", "RUS", "USA", date="2023-03-14"),
         E("ENCOUNTER", "CHN", "USA", date="2001-04"),
         E("DEMAND", "USA", "CHN", date="2001-04"), published=date(2023, 3, 16)),
    # negative: with no encounter told before, the story's day
    case("Defence officials met on Sunday. Moscow summoned the Israeli military attache over "
         "the strike.",
         E("MEET", "RUS", "ISR", "attaches", date="2023-06-25")),
]

#: "the first since April 2019, when the ministers met in Moscow": an event told in a
#: 'when' clause on a 'since' date happened then, a point, not over the stretch up to the
#: day of writing (extract/dating.py `_described_date`).
WHEN_OF_A_SINCE = [
    case("The talks were the first since April 2019, when the defence ministers of China and "
         "India met in Moscow.",
         E("MEET", "CHN", "IND", "defence-ministers", date="2019-04", date_end=None)),
    case("Their talks on Tuesday were the first since August 2022, when the US and Chinese "
         "defence chiefs spoke by video link.",
         E("CALL", "USA", "CHN", date="2022-08", date_end=None)),
    # negative: a state told in the main clause keeps its stretch
    case("Relations have been frozen since June 2020, when Chinese and Indian troops clashed "
         "in the Galwan Valley.",
         E("STATUS", "CHN", "IND", status="suspended", date="2020-06",
           date_end="2023-06-26")),
]

#: "The meeting followed last week's summit": a date that modifies an event noun tells that
#: event's time and does not move the story's day, so the next undated sentence goes on
#: with the day before it (extract/story_dates.py `_names_its_noun`).
NOUN_DATE_KEEPS_THE_DAY = [
    case("The US and Chinese defence ministers met in Phnom Penh on Friday. The meeting "
         "followed last week's summit between the two presidents in Lima. Austin also "
         "proposed talks between the theatre commanders.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-23"),
         E("MEET", "USA", "CHN", "leaders", date="2023-06"),
         E("REQUEST", "USA", "CHN", "theater-command-talks", date="2023-06-23")),
    case("Japanese and Chinese defence officials held talks in Tokyo on Friday. The talks came "
         "a month after the May 12 collision between their coast guard ships. Japan also "
         "proposed a call between the defence ministers.",
         E("MEET", "JPN", "CHN", date="2023-06-23"),
         E("ENCOUNTER", "JPN", "CHN", date="2023-05-12"),
         E("REQUEST", "JPN", "CHN", "defence-ministers", date="2023-06-23")),
    # negative: a date told as the clause's adverbial moves the story on
    case("The US and Chinese defence ministers met in Phnom Penh on Friday. The meeting "
         "followed a summit between the two presidents in Lima last month. Austin also "
         "proposed talks between the theatre commanders.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-23"),
         E("MEET", "USA", "CHN", "leaders", date="2023-05"),
         E("REQUEST", "USA", "CHN", "theater-command-talks", date="2023-05")),
]

#: "let it be known late last month that the minister would not be available": a
#: construction that makes something known dates what it tells, as a verb of saying does
#: (`disclosing_words` in grammar.json, read by story_dates._clause_tokens).
MADE_KNOWN = [
    case("Mattis will not go to Beijing this month, officials said on Monday. Washington "
         "cancelled the visit once Beijing let it be known late last month that its defence "
         "minister would not be available to see him.",
         E("DECLINE", ANY, ANY, "defence-ministers", date="2018-09"),
         allow=("SUSPEND",), published=date(2018, 10, 2)),
    case("Austin will not travel to Beijing this month, officials said on Monday. Washington "
         "called off the visit after China made it clear on Friday that its defence minister "
         "would not be available to meet him.",
         E("DECLINE", ANY, ANY, "defence-ministers", date="2023-06-23"), allow=("SUSPEND",)),
    # negative: made clear on no stated day, the story's
    case("Austin will not travel to Beijing this month, officials said on Monday. Washington "
         "called off the visit after China made it clear that its defence minister would not "
         "be available to meet him.",
         E("DECLINE", ANY, ANY, "defence-ministers", date="2023-06"), allow=("SUSPEND",)),
]


TABLES: dict[str, list[Any]] = {
    "made known": MADE_KNOWN,
    "noun date keeps the day": NOUN_DATE_KEEPS_THE_DAY,
    "when of a since": WHEN_OF_A_SINCE,
    "incident named again": INCIDENT_NAMED_AGAIN,
    "incident of an after clause": PROMPTING_CLAUSE,
    "coordinated clause with its own time clause": OWN_TIME_CLAUSE,
    "told within an event": TOLD_WITHIN_AN_EVENT,
    "day of the message a participle tells": MESSAGE_DAY,
    "dateline day": DATELINE_DAY,
    "counted from the sentence before": COUNTED_FROM_THE_SENTENCE_BEFORE,
    "restating phrase": RESTATING_PHRASE,
    "story day of the clause": STORY_DAY_IN_CLAUSE,
    "date of a time clause": TIME_CLAUSE,
    "date shared by coordinated verbs": COORDINATED_VERBS,
    "date a report hangs on": REPORT_ON_A_DATE,
    "relative date": DATES,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
