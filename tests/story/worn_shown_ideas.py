"""Ideas whose key event is a thing worn, a thing shown to someone, a device acting by itself or a sport's act
(engineer C's class), each with what the plan must stage for it: (idea, class, doer's word, the kinds the thing
may be played by, the other: whom it is shown to, or where the ball goes).

``CORPUS`` was written before the readings were changed and ``HELD_OUT`` with it, measured only at the end
(``tests/story/test_worn_shown.py`` counts both)."""

from __future__ import annotations

WORN = ("crown", "hat", "helmet", "space_helmet", "diving_helmet", "glasses", "scarf", "mask", "necklace", "coat",
        "shoe", "boot", "glove", "medal", "backpack", "life_jacket", "ring", "sock")
SCREENS = ("tv", "computer", "painting")
BALLS = ("ball", "basketball", "volleyball", "beach_ball", "puck")
GOALS = ("football_goal", "basketball_hoop", "tennis_net", "goal")

# (idea, class, doer word, thing kinds, other)
CORPUS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    ("a raccoon wears a pharaoh's crown among the mummies", "wear", "raccoon", ("crown",), ""),
    ("the grandfather proudly puts on the pink shirt", "wear", "grandfather", ("coat",), ""),
    ("a little boy puts on his grandfather's old hat and laughs", "wear", "boy", ("hat",), ""),
    ("the astronaut puts on her helmet before the launch", "wear", "astronaut", ("space_helmet", "helmet"), ""),
    ("a penguin tries on a red scarf in the shop", "wear", "penguin", ("scarf",), ""),
    ("the princess wears the golden necklace at the ball", "wear", "princess", ("necklace",), ""),
    ("a bear in the forest puts on a pair of glasses and reads", "wear", "bear", ("glasses",), ""),
    ("Der Großvater zieht stolz das rosa Hemd an", "wear", "großvater", ("coat",), ""),
    ("Die Königin setzt die Krone auf und lächelt", "wear", "königin", ("crown",), ""),
    ("Ein Junge trägt einen roten Schal im Schnee", "wear", "junge", ("scarf",), ""),
    ("Der Ritter setzt seinen Helm auf und reitet los", "wear", "ritter", ("helmet",), ""),
    ("Eine Katze trägt eine Sonnenbrille am Strand", "wear", "katze", ("glasses",), ""),
    ("Das Mädchen zieht die Gummistiefel an und springt in die Pfütze", "wear", "mädchen", ("shoe", "boot"), ""),
    ("a girl shows her grandmother the photo", "show", "girl", ("painting", "photo_camera", "letter"),
     "grandmother"),
    ("the fisherman shows his huge fish to the villagers", "show", "fisherman", ("fish", "fish_dish"), "villagers"),
    ("a boy shows his teacher the drawing", "show", "boy", ("painting",), "teacher"),
    ("the old projectionist shows her favourite film one last time", "show", "projectionist", SCREENS, ""),
    ("Das Mädchen zeigt ihrem Opa das Foto", "show", "mädchen", ("painting", "photo_camera", "letter"), "opa"),
    ("Der Junge zeigt seiner Mutter den Pokal", "show", "junge", ("trophy",), "mutter"),
    ("Die Oma zeigt den Kindern einen alten Film", "show", "oma", SCREENS, "kindern"),
    ("the radio plays a song while the cat sleeps", "device", "", ("tv", "loudspeaker"), ""),
    ("the robot vacuum chases the cat through the kitchen", "device", "", ("vacuum_cleaner",
                                                                          "household_appliance"), ""),
    ("a botanist's helmet translates the animal sounds", "device", "", ("helmet",), ""),
    ("Der Wecker klingelt und der Bär wacht auf", "device", "", ("clock",), ""),
    ("Der Staubsauger jagt den Hund durch das Wohnzimmer", "device", "", ("vacuum_cleaner",
                                                                           "household_appliance"), ""),
    ("Das alte Radio spielt plötzlich Musik", "device", "", ("tv", "loudspeaker"), ""),
    ("a kangaroo spikes the ball over the net", "sport", "kangaroo", BALLS, "tennis_net"),
    ("he scores a goal in the last minute", "sport", "", BALLS, "football_goal"),
    ("the tall giraffe throws the ball into the basket", "sport", "giraffe", BALLS, "basketball_hoop"),
    ("Der Fuchs schießt ein Tor", "sport", "fuchs", BALLS, "football_goal"),
    ("Die kleine Ente schießt den Ball ins Tor", "sport", "ente", BALLS, "football_goal"),
    ("Der Bär wirft den Ball in den Korb", "sport", "bär", BALLS, "basketball_hoop"),
    # added after the first change, measured before the keeper's save was read
    ("the youngest goalkeeper saves the penalty", "save", "goalkeeper", BALLS, "football_goal"),
    ("a clumsy penguin stops the ball in front of the goal", "save", "penguin", BALLS, "football_goal"),
    ("the old dog saves the last shot and the crowd cheers", "save", "dog", BALLS, "football_goal"),
    ("Die Torwärtin hält den Elfmeter", "save", "torwärtin", BALLS, "football_goal"),
    ("Der kleine Igel pariert den Schuss", "save", "igel", BALLS, "football_goal"),
    ("Die Katze fängt den Ball vor dem Tor", "save", "katze", BALLS, "football_goal"),
]

HELD_OUT: list[tuple[str, str, str, tuple[str, ...], str]] = [
    ("a pirate puts on his new hat and dances on the deck", "wear", "pirate", ("hat",), ""),
    ("the old farmer wears a funny mask at the party", "wear", "farmer", ("mask",), ""),
    ("Die Ärztin setzt ihre Brille auf", "wear", "ärztin", ("glasses",), ""),
    ("Der Opa trägt einen Hut auf dem Markt", "wear", "opa", ("hat",), ""),
    ("a little girl shows her father the shell", "show", "girl", ("seashell",), "father"),
    ("Der Koch zeigt dem König den Kuchen", "show", "koch", ("cake",), "könig"),
    ("the television sings a song and the dog barks", "device", "", ("tv",), ""),
    ("Der Toaster tanzt auf dem Tisch", "device", "", ("toaster",), ""),
    ("the young goalkeeper kicks the ball into the goal", "sport", "goalkeeper", BALLS, "football_goal"),
    ("Das Kaninchen wirft den Ball ins Netz", "sport", "kaninchen", BALLS, "basketball_hoop"),
]
