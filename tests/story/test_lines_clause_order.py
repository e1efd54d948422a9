"""A German clause after "bis", "weil", "als"... said as a main clause: the finite verb second, a separable
prefix and the other verbs of a cluster at the end, an object pronoun after the verb. Clauses written for this
test (none from a reviewed idea)."""

from __future__ import annotations

import pytest

from autark.story.clause_order import main_clause_de, main_clause_parts, split_separable

CLAUSES = [
    ('bis eine Krähe die Schere mitnimmt', 'Eine Krähe nimmt die Schere mit'),
    ('bis der Besen zerbricht', 'Der Besen zerbricht'),
    ('während ein Hase den Salat frisst', 'Ein Hase frisst den Salat'),
    ('weil er einen großen Fisch fangen will', 'Er will einen großen Fisch fangen'),
    ('bis eine Welle sie zerstört', 'Eine Welle zerstört sie'),
    ('als plötzlich das Telefon klingelt', 'Das Telefon klingelt plötzlich'),
    ('bis der Wind seine Leinwand umwirft', 'Der Wind wirft seine Leinwand um'),
    ('als eine Maus über den Tisch läuft', 'Eine Maus läuft über den Tisch'),
    ('weil ein Sturm kommt', 'Ein Sturm kommt'),
    ('obwohl es regnet', 'Es regnet'),
    ('bis es anfängt zu regnen', 'Es fängt an zu regnen'),
    ('bis ihm der Hut herunterfällt', 'Der Hut fällt ihm herunter'),
    ('weil ihr der Hund fehlt', 'Der Hund fehlt ihr'),
    ('dass die Kinder laut lachen', 'Die Kinder lachen laut'),
    ('bis beide eingeschlafen sind', 'Beide sind eingeschlafen'),
    ('nachdem der Bäcker den Teig geknetet hat', 'Der Bäcker hat den Teig geknetet'),
    ('wenn die Sonne aufgeht', 'Die Sonne geht auf'),
    ('sobald der Zug ankommt', 'Der Zug kommt an'),
    ('bis Tom und Lisa sich versöhnen', 'Tom und Lisa versöhnen sich'),
    ('bis der alte Fischer einen Stiefel angelt', 'Der alte Fischer angelt einen Stiefel'),
    ('weil die Oma ihn umarmt', 'Die Oma umarmt ihn'),
    ('bis es der Hund findet', 'Der Hund findet es'),
    ('während sein Freund ihm zuschaut', 'Sein Freund schaut ihm zu'),
    ('dass der kleine Drache Feuer spuckt', 'Der kleine Drache spuckt Feuer'),
    ('bis die Katze vom Dach herunterspringt', 'Die Katze springt vom Dach herunter'),
    ('weil der Junge seinen Schlüssel verloren hat', 'Der Junge hat seinen Schlüssel verloren'),
    ('als die Lehrerin die Tür aufmacht', 'Die Lehrerin macht die Tür auf'),
    ('bis ein Hund sie wegjagt', 'Ein Hund jagt sie weg'),
    ('weil sie nicht schwimmen kann', 'Sie kann nicht schwimmen'),
    ('bis die Tasse umkippt', 'Die Tasse kippt um'),
    ('bis der Hund den letzten Keks aufisst', 'Der Hund isst den letzten Keks auf'),
    ('bevor die Ziege die Blumen auffrisst', 'Die Ziege frisst die Blumen auf'),
    ('als der Zauberer die Tür aufreißt', 'Der Zauberer reißt die Tür auf'),
]


@pytest.mark.parametrize(("clause", "main"), CLAUSES, ids=[c for c, _m in CLAUSES])
def test_a_subordinate_clause_becomes_a_main_clause(clause: str, main: str) -> None:
    assert main_clause_de(clause) == main


@pytest.mark.parametrize(("verb", "parts"), [
    ("mitnimmt", ("nimmt", "mit")), ("umwirft", ("wirft", "um")), ("zurückkommt", ("kommt", "zurück")),
    ("angelt", ("angelt", "")), ("umarmt", ("umarmt", "")), ("antwortet", ("antwortet", "")),
    ("zerstört", ("zerstört", "")), ("einschläft", ("schläft", "ein")), ("zuckt", ("zuckt", "")),
    ("aufisst", ("isst", "auf")), ("abonniert", ("abonniert", "")), ("analysiert", ("analysiert", "")),
    ("einübt", ("übt", "ein")),
])
def test_separable_prefixes_are_told_from_verbs_that_only_look_so(verb: str, parts: tuple[str, str]) -> None:
    assert split_separable(verb) == parts


def test_the_subject_comes_apart_from_the_rest() -> None:
    subject, rest = main_clause_parts(["bis", "ihm", "der", "kleine", "Hund", "den", "Ball", "wegnimmt"])
    assert subject == ["der", "kleine", "Hund"]
    assert rest == ["nimmt", "ihm", "den", "Ball", "weg"]
