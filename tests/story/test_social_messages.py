"""A message is written, handed over or left, and read by the one it is for (story.messages): who holds the
letter when, in order, in both languages and with the reader named in the dative, after 'to'/'für' or later."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.narrative import analyze


def _acts(idea: str) -> list[tuple[str, str, str]]:
    """(kind, doer's word, whom it goes to) of the events about the letter or the gift, in order."""
    c = analyze(idea)
    word = {ch.name: ch.word.lower() for ch in c.characters}
    return [(e.kind, word[e.agents[0]], word.get(e.recipient, "")) for e in c.events
            if e.agents and (e.patient in ("letter", "gift") or e.kind in ("read", "celebrate"))]


@pytest.mark.parametrize(("idea", "acts"), [
    ("Ein Junge schreibt seiner Oma einen Brief",
     [("write", "junge", ""), ("give", "junge", "oma"), ("read", "oma", "")]),
    ("A lonely sailor writes a long letter to his wife",
     [("write", "sailor", ""), ("give", "sailor", "wife"), ("read", "wife", "")]),
    ("Die Prinzessin schickt dem Ritter einen Brief, und er liest ihn",
     [("give", "prinzessin", "ritter"), ("read", "ritter", "")]),
    ("A secret admirer leaves notes for a librarian in the library",
     [("put_down", "admirer", ""), ("pick_up", "librarian", ""), ("read", "librarian", "")]),
    ("Ein Mädchen hinterlässt ihrem Bruder eine Nachricht auf dem Tisch",
     [("put_down", "mädchen", ""), ("pick_up", "bruder", ""), ("read", "bruder", "")]),
    ("A postman brings a letter to a farmer who starts to cry",
     [("give", "postman", "farmer"), ("read", "farmer", "")]),
    ("A boy leaves a gift for his neighbour at the door",
     [("put_down", "boy", ""), ("pick_up", "neighbour", ""), ("celebrate", "neighbour", "")]),
    ("Die Oma schreibt ihrem Enkel eine Geburtstagskarte",
     [("write", "oma", ""), ("give", "oma", "enkel"), ("read", "enkel", "")]),
    ("Der Förster schreibt der Bäckerin eine Einladung",
     [("write", "förster", ""), ("give", "förster", "bäckerin"), ("read", "bäckerin", "")]),
])
def test_the_message_goes_from_writer_to_reader(idea: str, acts: list) -> None:
    assert _acts(idea)[:len(acts)] == acts


def test_the_reader_reads_it_on_screen_with_the_letter_in_the_set() -> None:
    sp = plan("Ein Junge schreibt seiner Oma einen Brief", duration_s=30.0)
    acts = [a for shot in sp.shots for a in shot.actions]
    assert any(o.type == "letter" for o in sp.scenes[0].objects)
    order = [next(i for i, a in enumerate(acts) if a.startswith(p)) for p in
             ("Junge schreibt den Brief", "Junge gibt Oma den Brief", "Oma liest den Brief")]
    assert order == sorted(order)


def test_one_who_cries_at_it_does_not_celebrate_first() -> None:
    c = analyze("A postman brings a letter to a farmer who starts to cry")
    read = next(e for e in c.events if e.kind == "read")
    assert read.then != "celebrate"
