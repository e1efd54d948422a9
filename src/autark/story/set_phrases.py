"""Where a set is, said in a line: "on the town square" / "auf dem Marktplatz", for the sets whose phrase the
story's beat table (``autark.story.beats.PLACES``) does not hold. A line that says where ("It is quiet {place}")
said "in the town_square" and, in German, "im Ort town_square" for them: every set gets its own preposition
and case here ("am Flughafen", "im Sumpf", "hoch am Himmel")."""

from __future__ import annotations

__all__ = ["SET_PHRASES"]

# set -> (English, German), each with its preposition
SET_PHRASES: dict[str, tuple[str, str]] = {
    "airport": ("at the airport", "am Flughafen"),
    "bus_interior": ("on the bus", "im Bus"),
    "cave": ("in the cave", "in der Höhle"),
    "church": ("in the church", "in der Kirche"),
    "garden": ("in the garden", "im Garten"),
    "gym": ("in the gym", "in der Turnhalle"),
    "harbour": ("at the harbour", "im Hafen"),
    "hospital": ("in the hospital", "im Krankenhaus"),
    "island": ("on the island", "auf der Insel"),
    "jungle": ("in the jungle", "im Dschungel"),
    "laboratory": ("in the laboratory", "im Labor"),
    "library": ("in the library", "in der Bibliothek"),
    "mars": ("on Mars", "auf dem Mars"),
    "mountain_top": ("on the mountain top", "auf dem Gipfel"),
    "museum": ("in the museum", "im Museum"),
    "playground": ("on the playground", "auf dem Spielplatz"),
    "river_bank": ("by the river", "am Fluss"),
    "rooftop": ("on the rooftop", "auf dem Dach"),
    "ship_deck": ("on the ship", "auf dem Schiff"),
    "sky": ("high in the sky", "hoch am Himmel"),
    "stadium": ("in the stadium", "im Stadion"),
    "supermarket": ("in the supermarket", "im Supermarkt"),
    "swamp": ("in the swamp", "im Sumpf"),
    "swimming_pool": ("at the swimming pool", "im Schwimmbad"),
    "town_square": ("on the town square", "auf dem Marktplatz"),
    "train_station": ("at the station", "am Bahnhof"),
    "village": ("in the village", "im Dorf"),
    "zoo": ("at the zoo", "im Zoo"),
}
