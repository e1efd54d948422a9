

def test_shortened_narration_keeps_whole_clauses() -> None:
    from autark.story.narrative import _shorten

    assert _shorten("Plötzlich ist der Ball weg, und die Jagd beginnt!", 6) == "Plötzlich ist der Ball weg."
    assert _shorten("Short enough.", 6) == "Short enough."
    assert _shorten("A very long first clause that never ends", 4) == "A very long first."
