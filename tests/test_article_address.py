"""Whose page an article is, from its address: a council's own site (`www.scilly.gov.uk`, a
committee system on `democracy.bathnes.gov.uk`), or an article whose text says only "the council"
and whose address names the authority. The address is the one the page was fetched from, else the
page's canonical link or `og:url`."""
from __future__ import annotations

import pytest
from seeds import claim_set

from extractors import extract
from extractors.authority_address import council_of_address, named_in_address
from extractors.html_meta import page_meta


@pytest.mark.parametrize("url, name", [
    ("https://www.scilly.gov.uk/news/councils-childrens-services-rated-inadequate-ofsted", "Isles of Scilly"),
    ("https://democracy.bathnes.gov.uk/mgAi.aspx?ID=1", "Bath and North East Somerset"),
    ("http://modgov.lbbd.gov.uk/Internet/ieIssueDetails.aspx", "Barking and Dagenham"),
    ("https://www.rbwm.gov.uk/news", "Windsor and Maidenhead"),
    ("https://www.lbhf.gov.uk/news", "Hammersmith and Fulham"),
    ("https://www.iow.gov.uk/news", "Isle of Wight"),
    ("https://www.bcpcouncil.gov.uk/news", "Bournemouth, Christchurch and Poole"),
    ("https://www.hullcc.gov.uk/news", "Kingston Upon Hull, City of"),
    ("https://www.stoke.gov.uk/news", "Stoke-on-Trent"),
    ("https://www.nelincs.gov.uk/news", "North East Lincolnshire"),
    ("https://www.royalgreenwich.gov.uk/news", "Greenwich"),
    ("https://www.brighton-hove.gov.uk/news", "Brighton and Hove"),
    ("https://www.cheshirewestandchester.gov.uk/news", "Cheshire West and Chester"),
    ("https://www.redcar-cleveland.gov.uk/news", "Redcar and Cleveland"),
    ("https://www.n-somerset.gov.uk/news", "North Somerset"),
    ("https://www.leeds.gov.uk/news", "Leeds"),
])
def test_a_councils_own_site_is_known_by_its_address(url, name):
    assert council_of_address(url) == name


@pytest.mark.parametrize("url", [
    "https://www.gov.uk/government/news/x", "https://reports.ofsted.gov.uk/provider/44/80449",
    "https://www.education.gov.uk/x", "https://www.bbc.co.uk/news/uk-england-leeds-1", None, "",
    "https://www.northamptonshire-news.co.uk/leeds", "https://www.local.gov.uk/kent",
])
def test_no_council_site_names_no_authority(url):
    assert council_of_address(url) is None


def test_the_words_of_an_address_name_one_authority_or_none():
    assert named_in_address("https://www.examiner.co.uk/news/kirklees-childrens-services-rated-good-123") == "Kirklees"
    assert named_in_address("https://x.co.uk/news/bury-and-bolton-children-ofsted") is None  # two
    assert named_in_address("https://x.co.uk/gallery/royal-borough-s-childrens-services-good") is None
    assert named_in_address("https://x.co.uk/news/reading-the-ofsted-report") is None  # a word, not the council


def _page(head: str, text: str) -> bytes:
    return (f"<html><head>{head}</head><body><article><h1>Children's services rated inadequate by Ofsted</h1>"
            f"<p>{text}</p></article></body></html>").encode()


_THE_COUNCIL = ("The Council's services for children who need help and protection have been rated as inadequate "
                "following an Ofsted inspection from 11 to 13 July 2023.")


def test_a_council_page_saying_the_council_is_that_councils_by_its_canonical_address():
    record = extract(_page('<link rel="canonical" href="https://www.scilly.gov.uk/news/ofsted">', _THE_COUNCIL))
    assert record.local_authority == "Isles of Scilly"
    assert ("Isles of Scilly", 2023, "help_and_protection", "inadequate", "current") in claim_set(record.claims)
    # the same page with no address: nobody's, so no claim
    assert extract(_page("", _THE_COUNCIL)).claims == []


def test_the_address_a_page_was_fetched_from_counts_like_its_canonical_link():
    record = extract(_page("", _THE_COUNCIL), url="https://www.scilly.gov.uk/news/ofsted")
    assert record.local_authority == "Isles of Scilly"


def test_og_url_is_the_address_when_there_is_no_canonical_link():
    head = '<meta property="og:url" content="https://www.rbwm.gov.uk/news/x">'
    assert page_meta(f"<html><head>{head}</head></html>").url == "https://www.rbwm.gov.uk/news/x"


def test_an_address_does_not_override_the_authority_the_text_names():
    text = "Sefton Council's children's services have been rated inadequate by Ofsted."
    record = extract(_page('<link rel="canonical" href="https://www.examiner.co.uk/news/kirklees-ofsted">', text))
    assert {c["local_authority"] for c in record.claims} == {"Sefton"}


def test_a_news_page_naming_no_council_is_the_one_its_address_names():
    text = "The council's children's services have been rated inadequate by Ofsted after an inspection in May."
    record = extract(_page('<link rel="canonical" href="https://www.examiner.co.uk/news/kirklees-ofsted-inadequate">',
                           text))
    assert ("Kirklees", "overall_effectiveness", "inadequate") in {
        (c["local_authority"], c["area"], c["grade"]) for c in record.claims}


@pytest.mark.parametrize("url, name", [
    ("https://www.windsorexpress.co.uk/news/windsor/76543/Royal-Borough-children-s-services-.html", "Windsor and Maidenhead"),
    ("https://www.maidenhead-advertiser.co.uk/gallery/maidenhead/156522/royal-borough-good.html", "Windsor and Maidenhead"),
    ("https://www.example-news.co.uk/kensington/royal-borough-ofsted", "Kensington and Chelsea"),
    ("https://www.surreycomet.co.uk/news/kingston/123/royal-borough-ofsted/", "Kingston upon Thames"),
    ("https://www.newsshopper.co.uk/news/greenwich/royal-borough-childrens-services", "Greenwich"),
])
def test_the_royal_borough_of_a_local_paper_is_the_one_its_address_names(url, name):
    text = ("Ofsted has rated the Royal Borough's children's services as 'good' after an inspection last month. "
            "Inspectors rated the services as 'good' for overall effectiveness.")
    record = extract(_page(f'<link rel="canonical" href="{url}">', text))
    assert ("overall_effectiveness", "good") in {(c["area"], c["grade"]) for c in record.claims
                                                  if c["local_authority"] == name}


@pytest.mark.parametrize("url, text", [
    # the address names two royal boroughs
    ("https://www.example-news.co.uk/kingston-and-greenwich/royal-borough-ofsted",
     "Ofsted has rated the Royal Borough's children's services as 'good'."),
    # "the Royal Borough" is not said: a Windsor paper's page about "the council" is not taken for it
    ("https://www.windsorexpress.co.uk/news/windsor/1/ofsted.html",
     "Ofsted has rated the council's children's services as 'good'."),
    # the text names the authority: the text wins
    ("https://www.windsorexpress.co.uk/news/windsor/1/ofsted.html",
     "Ofsted has rated the Royal Borough of Greenwich's children's services as 'good'."),
])
def test_no_royal_borough_from_the_address_unless_plain(url, text):
    record = extract(_page(f'<link rel="canonical" href="{url}">', text))
    assert "Windsor and Maidenhead" not in {c["local_authority"] for c in (record.claims if record else [])}
    assert "Kingston upon Thames" not in {c["local_authority"] for c in (record.claims if record else [])}
