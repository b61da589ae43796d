"""Sentence table: ESTABLISH (contract v2), a channel set up, launched, installed or agreed,
against proposals (hypothetical), restorations, meetings set up and channels that exist
(extract/themes_establish.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------------------------ set up, done
SET_UP = [
    case("Japan and China launched a maritime and aerial communication mechanism on 8 June.",
         E("ESTABLISH", "JPN", "CHN", date="2023-06-08")),
    case("The air and sea communication mechanism between Tokyo and Beijing was launched on "
         "8 June.",
         E("ESTABLISH", "JPN", "CHN", date="2023-06-08")),
    case("India and Pakistan set up a hotline between their directors general of military "
         "operations in 1971.",
         E("ESTABLISH", "IND", "PAK", "hotline", date="1971")),
    case("The United States and China signed a memorandum creating a defence telephone link in "
         "February 2008.",
         E("ESTABLISH", "USA", "CHN", "hotline", date="2008-02"), allow=("MEET",)),
    case("Vietnam and China set up a defence policy dialogue in 2010.",
         E("ESTABLISH", "VNM", "CHN", date="2010")),
    case("Japan and China agreed on Monday to establish a hotline between their defence "
         "ministries.",
         E("ESTABLISH", "JPN", "CHN", date="2023-06-26")),
    case("A secure Defense Telephone Link between the two defence ministries of China and the "
         "United States was set up in 2008.",
         E("ESTABLISH", "CHN", "USA", "hotline", date="2008")),
    # A common noun's channel is said by the whole phrase past it ("a direct line between
    # their foreign ministries": diplomatic); a proper name says its own (above).
    case("Manila and Beijing agreed in January 2023 to set up a direct line between their "
         "foreign ministries.",
         E("ESTABLISH", "PHL", "CHN", "diplomatic", date="2023-01")),
    case("Tokyo and Seoul launched a hotline between their foreign ministries in 2019.",
         E("ESTABLISH", "JPN", "KOR", "diplomatic", date="2019")),
    case("Tokyo and Seoul launched a hotline between their defence ministries in 2019.",
         E("ESTABLISH", "JPN", "KOR", "hotline", date="2019")),
    case("The hotline between Washington and Moscow, created under a 1963 agreement, was used "
         "on Monday.",
         E("ESTABLISH", "USA", "RUS", "hotline", date="1963"), allow=("CALL",)),
    case("Seoul and Tokyo put into operation a new military communication line on Friday.",
         E("ESTABLISH", "KOR", "JPN", "hotline", date="2023-06-23")),
    case("China and the United States argued. The hotline, agreed in 2007, went into service "
         "in April 2008.",
         E("ESTABLISH", "CHN", "USA", "hotline", date="2008-04")),
    case("China and the US argued. The two defence ministries signed an agreement in "
         "November 2007 to set up a telephone link.",
         E("ESTABLISH", "CHN", "USA", "hotline", date="2007-11"), allow=("MEET",)),
    case("Greece and Turkey talked. The two defence ministers agreed at a NATO meeting in "
         "Brussels on Thursday to set up a military hotline.",
         E("ESTABLISH", "GRC", "TUR", "hotline", date="2023-06-22"), allow=("MEET",)),
    case("Japan and China met on Monday. Their hotline was agreed in 2017 and launched in "
         "2018.",
         E("ESTABLISH", "JPN", "CHN", "hotline", date="2018"), allow=("MEET",)),
    case("India and China argued. Their new border hotline began operating on Monday.",
         E("ESTABLISH", "IND", "CHN", date="2023-06-26")),
]

# --------------------------------------------------------------- not (yet) set up
NOT_SET_UP = [
    case("The two sides set up a meeting of Japanese and Chinese defence ministers for July.",
         allow=("MEET",)),
    case("North Korea opened the hotline with South Korea again on Monday."),
    case("The DGMOs of India and Pakistan spoke over their established hotline on Monday.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-26")),
    case("The corps commander talks between India and China opened at Moldo in June 2020.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2020-06")),
    case("China and the United States launched a new round of talks in Beijing on Monday.",
         E("MEET", "CHN", "USA", date="2023-06-26")),
    case("The Chinese navy began operating a new carrier on Monday, the United States said."),
    case("Paris opened a new suicide prevention hotline for soldiers on Monday."),
    case("India and China established diplomatic contact in 1950."),
]

# ------------------------- links of transport, trade or energy join places, not officials
TRANSPORT_LINKS = [
    case("China and Russia opened a new rail link between Harbin and Vladivostok on Monday."),
    case("India and Pakistan agreed on Monday to set up a trade link across the border."),
    case("Japan and South Korea launched a new air link between Tokyo and Seoul on Monday."),
    case("Russia and Turkey put a new gas pipeline link into operation on Friday."),
    case("China and Vietnam launched a new railway line between their capitals on Monday."),
    case("The central banks of Japan and India set up a currency swap line on Monday."),
    # a communication word outweighs a transport word beside it
    case("Japan and China launched an air and sea communication mechanism on Monday.",
         E("ESTABLISH", "JPN", "CHN", date="2023-06-26")),
    case("Russia and China opened a gas pipeline link and a military hotline on Monday.",
         E("ESTABLISH", "RUS", "CHN", "hotline", date="2023-06-26")),
    case("Japan and China set up a direct line between their defence ministries on Monday.",
         E("ESTABLISH", "JPN", "CHN", "hotline", date="2023-06-26")),
]

# ------------------------------------------------ contact made over a line is a call
LINE_CONTACTS = [
    case("A special hotline contact was established on Tuesday between the military "
         "operations chiefs of Pakistan and India.",
         E("CALL", "PAK", "IND", "hotline", date="2023-06-20")),
    case("The Indian and Chinese navies made radio contact on Monday.",
         E("CALL", "IND", "CHN", date="2023-06-26")),
    case("The two armies of India and Pakistan established telephone contact on Friday.",
         E("CALL", "IND", "PAK", date="2023-06-23")),
]

# --------------------------------------------------------------------- only proposed
PROPOSED = [
    # a proposal is the request; the setting-up it proposes is absorbed by it
    case("South Korea proposed setting up a military hotline with the North on Monday.",
         E("REQUEST", "KOR", "PRK", "hotline")),
    case("Japan and China could set up a defence hotline next year, officials said.",
         E("ESTABLISH", "JPN", "CHN", hypothetical=True)),
    # a signing still to come is planned, not agreed
    case("Japan and China will sign an agreement on maritime safety next month.",
         E("ESTABLISH", "JPN", "CHN", hypothetical=True)),
]


# -------------------------------------------------- a channel opened with several states
#: "opened direct telephone links with its counterparts in Vietnam and South Korea": one
#: set-up per state, whichever of them the parse makes the head of the list.
PER_STATE = [
    case("China's defence ministry opened direct telephone links with its counterparts in "
         "Vietnam and South Korea on Thursday.",
         E("ESTABLISH", "CHN", "VNM", "hotline", date="2023-06-22"),
         E("ESTABLISH", "CHN", "KOR", "hotline", date="2023-06-22")),
    case("China opened military hotlines with Vietnam and South Korea on Thursday.",
         E("ESTABLISH", "CHN", "VNM", "hotline", date="2023-06-22"),
         E("ESTABLISH", "CHN", "KOR", "hotline", date="2023-06-22")),
    case("The Indian defence minister held talks with his counterparts in Japan and Australia "
         "on Tuesday.",
         E("MEET", "IND", "JPN", "defence-ministers", date="2023-06-20"),
         E("MEET", "IND", "AUS", "defence-ministers", date="2023-06-20")),
]


#: The tables above; PROPOSED is read with the irrealis pipeline (flags kept).
# ------------------------- signing an incidents, safety or deconfliction agreement
#: An agreement whose phrase (or the signing's 'on' phrase) is about incidents or safety of
#: forces at sea, in the air or on a border, or about deconfliction, sets up a mechanism of
#: military contact when signed; a trade or food-safety agreement does not.
SIGNED_AGREEMENTS = [
    case("The United States and Vietnam signed a memorandum in March on maritime safety "
         "procedures meant to keep their ships apart.",
         E("ESTABLISH", "USA", "VNM", date="2023-03")),
    case("The incidents-at-sea agreement, signed by Britain and Russia in 1986, set up annual "
         "talks between the two navies.",
         E("ESTABLISH", "GBR", "RUS", date="1986")),
    case("Washington and Moscow signed a deconfliction memorandum for their aircraft over "
         "Syria in October.",
         E("ESTABLISH", "USA", "RUS", date="2022-10")),
    case("China and Japan signed an agreement on preventing incidents at sea in 2018.",
         E("ESTABLISH", "CHN", "JPN", date="2018")),
    # negatives: no military contact in what is signed
    case("China and Japan signed a trade agreement in 2018."),
    case("France and Germany signed an agreement on food safety in May."),
    case("Russia and Turkey signed a gas supply agreement in Ankara on Monday."),
]

TABLES: dict[str, list[Any]] = {
    "signed agreements": SIGNED_AGREEMENTS,
    "one per state": PER_STATE,
    "set up": SET_UP,
    "not set up": NOT_SET_UP,
    "transport links": TRANSPORT_LINKS,
    "line contact": LINE_CONTACTS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_establish(realis: Pipeline, text: str, published: date,
                   expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)


@pytest.mark.parametrize(ARGS, rows({"proposed": PROPOSED}))
def test_proposed_establish_is_hypothetical(irrealis: Pipeline, text: str, published: date,
                                            expected: Sequence[Expected],
                                            allow: frozenset[str]) -> None:
    check_realis(irrealis, text, published, expected, allow)
