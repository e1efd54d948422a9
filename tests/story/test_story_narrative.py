

def test_shortened_narration_keeps_whole_clauses() -> None:
    from autark.story.narrative import _shorten

    assert _shorten("Plötzlich ist der Ball weg, und die Jagd beginnt!", 6) == "Plötzlich ist der Ball weg."
    assert _shorten("Short enough.", 6) == "Short enough."
    # a sentence is never cut at a word ("A very long first."): where nothing whole fits, nothing is said
    assert _shorten("A very long first clause that never ends", 4) == ""
    assert _shorten("In Vienna, we meet a baker and an emperor.", 6) == "We meet a baker and an emperor."
    assert _shorten("Im Mittelalter sind ein Ritter und ein Drache.", 6) == "Das sind ein Ritter und ein Drache."
