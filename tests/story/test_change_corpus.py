"""A corpus of changes and rescues written for this test (story.told_changes, story.perils), English and German,
many dangers and many grammatical forms: how many asked changes the plans draw, and how many of those rescued
or trapped start inside their danger. Each row: (idea, the change kind asked or "", its target or "", the danger
the endangered start in or ""). Before this work the plans drew 33 of the 97 changes and put 4 of the 32 in
danger inside it; after it, 87 and 23."""

from __future__ import annotations

import re

import pytest

from autark.story import plan

CORPUS = [
    ('A pirate sails an old boat across the bay until it sinks', 'sink', 'boat', ''),
    ('The sinking ship sends up a flare while the captain shouts orders', 'sink', '', ''),
    ('Two sailors bail water out of their sinking raft', 'sink', 'raft', ''),
    ('Der sinkende Kahn treibt auf den Felsen zu, und der Fischer ruft um Hilfe', 'sink', 'boat', ''),
    ('Ein Pirat rudert mit seinem Boot, bis es plötzlich untergeht', 'sink', 'boat', ''),
    ('A farmer runs out of the burning barn with a lamb in his arms', 'burn', 'barn', ''),
    ('The old mill burns down while the villagers watch', 'burn', 'windmill', ''),
    ('Die brennende Scheune erhellt die Nacht, und die Bäuerin holt Wasser', 'burn', 'barn', ''),
    ('Ein Koch vergisst die Pizza im Ofen, bis sie verbrennt', 'burn', 'pizza', ''),
    ('A knight rides across the bridge just before it collapses', 'break', 'bridge', ''),
    ('The collapse of the old tower frightens a princess', 'break', 'castle_tower', ''),
    ('A collapsing tower scatters pigeons over the town square', 'break', 'castle_tower', ''),
    ('Die einstürzende Brücke reißt den Wagen mit', 'break', 'bridge', ''),
    ('Der alte Turm stürzt ein, als der Drache darauf landet', 'break', 'castle_tower', ''),
    ('Nach dem Einsturz der Mauer stehen zwei Ritter im Staub', 'break', 'wall', ''),
    ('A scientist mixes two potions and the explosion blows off her hat', 'explode', '', ''),
    ('The exploding oven covers the baker in flour', 'explode', 'oven', ''),
    ('Die Rakete explodiert kurz nach dem Start, und die Astronautin lacht', 'explode', 'rocket', ''),
    ('Bei der Explosion des Kessels fliegt der Deckel bis aufs Dach', 'explode', '', ''),
    ('A little girl watches her melting snowman in the spring sun', 'melt', 'snowman', ''),
    ('The ice sculpture melts before the judges arrive', 'melt', '', ''),
    ('Der Schneemann schmilzt in der Sonne, und ein Junge weint', 'melt', 'snowman', ''),
    ('Das schmelzende Eis am Stiel tropft auf die Schuhe des Königs', 'melt', 'ice_cream', ''),
    ('A vase is broken by the playful puppy', 'break', 'vase', ''),
    ('The window is smashed by a football during the match', 'break', 'window', ''),
    ('Die Vase wird vom Hund zerbrochen', 'break', 'vase', ''),
    ('Das Schloss wird vom Drachen zerstört', 'break', 'castle', ''),
    ('A robot drops a plate and it shatters on the floor', 'break', 'plate', ''),
    ('A magician waves his wand and the rabbit disappears', 'vanish', 'Rabbit', ''),
    ('A passenger on the train vanishes without a trace', 'vanish', '', ''),
    ('Die Katze verschwindet spurlos, und zwei Kinder suchen sie überall', 'vanish', 'Katze', ''),
    ('Der Zauberer ist plötzlich verschwunden, und der König wundert sich', 'vanish', 'Zauberer', ''),
    ('A ghost drifts through the hall and is gone', 'vanish', 'Ghost', ''),
    ('The lake freezes over while two ducks are still swimming', 'freeze', '', ''),
    ('Der Teich friert zu, und die Kinder gehen Schlittschuh laufen', 'freeze', '', ''),
    ('The volcano erupts while a family has a picnic', 'erupt', 'volcano', ''),
    ('Der Vulkan bricht aus, und alle rennen zum Strand', 'erupt', 'volcano', ''),
    ('The giant tree crashes down onto the road after the storm', 'break', 'tree', ''),
    ('The burning candle sets the curtain on fire', 'burn', '', ''),
    ('Ein Schneemann schmilzt, während die Kinder in der Schule sind', 'melt', 'snowman', ''),
    ('A fisherman rescues two children from a sinking boat', 'sink', 'boat', 'boat'),
    ('A lifeguard saves a swimmer from a capsized raft', 'sink', 'raft', 'raft'),
    ('Ein Seemann rettet die Mannschaft aus dem sinkenden Schiff', 'sink', '', 'boat'),
    ('Die Küstenwache holt drei Fischer aus ihrem sinkenden Boot', 'sink', 'boat', 'boat'),
    ('A firefighter rescues a grandmother from a burning house', 'burn', 'house', 'house'),
    ('Eine Feuerwehrfrau rettet ein Baby aus dem brennenden Haus', 'burn', 'house', 'house'),
    ('A dog pulls a little boy out of the burning barn', 'burn', 'barn', 'barn'),
    ('Ein Bauer befreit die Kühe aus dem brennenden Stall', 'burn', 'barn', 'barn'),
    ('Miners are trapped after the tunnel collapses, until a dwarf digs them out', 'break', '', ''),
    ('A girl falls through the thin ice and her brother pulls her out', 'freeze', 'pond', ''),
    ('Ein Junge bricht im Eis ein, und sein Opa rettet ihn', 'freeze', 'pond', ''),
    ('Two skaters are stuck on a cracking ice floe until a helicopter pilot saves them', 'break', '', 'ice'),
    ('A cat is stuck in a tree and a firefighter climbs up to free it', '', '', 'tree'),
    ('Eine Katze sitzt im Baum fest, bis die Feuerwehr kommt', '', '', 'tree'),
    ('A businessman is trapped in a stuck lift with a clown', '', '', 'lift'),
    ('Ein Opa bleibt mit einem Hund im Aufzug stecken, bis ein Mechaniker die Tür öffnet', '', '', 'lift'),
    ('A knight frees a princess from the collapsing castle', 'break', 'castle', 'castle'),
    ('Ein Ritter befreit einen Drachen, der unter einem umgestürzten Baum eingeklemmt ist', '', '', 'tree'),
    ('A boy is trapped under a fallen tree until his dog fetches help', '', '', 'tree'),
    ('Ein Mädchen ist im brennenden Turm eingeschlossen, bis ein Drache sie rettet', 'burn', 'castle_tower', 'castle_tower'),
    ('The coast guard pulls two divers out of the stormy sea', '', '', ''),
    ('A robot saves the children when their bus catches fire', 'burn', 'bus', 'bus'),
    ('Ein Hund rettet ein Kind, das in den Fluss gefallen ist', '', '', ''),
    ('When the house starts burning, a brave girl carries her grandfather outside', 'burn', 'house', 'house'),
    ('The sailors abandon the sinking ship and row to an island', 'sink', '', 'boat'),
    ('An old lighthouse keeper watches his lighthouse crumble into the sea', 'break', 'lighthouse', ''),
    ('The snow fort melts away while three friends argue about who built it', 'melt', '', ''),
    ('Ein Zauberer lässt den Kürbis explodieren, und die Prinzessin erschrickt', 'explode', 'pumpkin', ''),
    ('The toy boat of a little boy sinks in the fountain', 'sink', 'boat', ''),
    ('During the parade the float catches fire and a clown puts it out', 'burn', '', ''),
    ('Die Sandburg der Kinder wird von einer Welle zerstört', 'break', 'sand_castle', ''),
    ('A teacher shows her class a volcano that erupts with red foam', 'erupt', 'volcano', ''),
    ('Der Kuchen fällt vom Tisch und zerbricht in tausend Stücke', 'break', 'cake', ''),
    ('A robot chef burns the pancakes and the kitchen fills with smoke', 'burn', '', ''),
    ('Ein Geist erscheint um Mitternacht und verschwindet wieder, bevor der Hahn kräht', 'vanish', 'Geist', ''),
    ("The clown's balloon animals pop one after another until only one is left", 'explode', 'balloon', ''),
    ('Die Eisskulptur im Park schmilzt langsam in der Mittagssonne', 'melt', '', ''),
    ('A thief steals the crown and then vanishes into thin air', 'vanish', 'Thief', ''),
    ('The wooden bridge gives way under the heavy elephant', 'break', 'bridge', ''),
    ('Das alte Segelschiff geht im Sturm unter, und der Kapitän rudert zur Insel', 'sink', 'boat', ''),
    ('A lonely snowman watches the other snowmen melt one by one', 'melt', 'snowman', ''),
    ('A brave pilot lands her plane and rescues a hiker from the burning forest hut', 'burn', '', 'house'),
    ('Zwei Taucher befreien einen Wal, der in einem Fischernetz gefangen ist', '', '', ''),
    ('A grandfather and his grandson are trapped in a burning car until a policewoman pulls them out', 'burn', 'car', 'car'),
    ('Ein Löwe rettet einen Affen aus dem einstürzenden Turm', 'break', 'castle_tower', 'castle_tower'),
    ('The captain saves his crew from the sinking submarine', 'sink', 'submarine', 'submarine'),
    ('Eine Ärztin holt zwei Kinder aus der brennenden Schule', 'burn', '', 'house'),
    ('A cowboy frees a horse from the burning stable', 'burn', 'barn', 'barn'),
    ('Ein Junge sitzt im kenternden Boot fest, bis ein Delfin ihn ans Ufer bringt', 'sink', 'boat', 'boat'),
    ('A baker forgets the bread in the oven until it burns', 'burn', 'bread', ''),
    ('Die Sandburg zerfällt, als die Flut kommt, und das Mädchen lacht', 'break', 'sand_castle', ''),
    ('A wizard makes the statue vanish in front of the queen', 'vanish', 'statue', ''),
    ('Der brennende Weihnachtsbaum erschreckt die ganze Familie', 'burn', 'christmas_tree', ''),
    ('Two pirates fight on the deck of their sinking ship', 'sink', '', ''),
    ('Ein Kind schaut zu, wie sein Eis in der Sonne schmilzt', 'melt', 'ice_cream', ''),
    ('The tower of blocks topples over when the cat jumps on the table', 'break', '', ''),
    ('Die Glühbirne explodiert, und der Erfinder bekommt einen Schreck', 'explode', '', ''),
    ('A girl sees her kite get destroyed by a storm', 'break', 'kite', ''),
    ('Plötzlich ist der Schatz verschwunden, und die Piraten streiten', 'vanish', 'treasure_chest', ''),
    ('A giant snowball rolls down the hill and smashes the snowman', 'break', 'snowman', ''),
    ('Der Teich friert über Nacht zu, und die Enten rutschen darauf herum', 'freeze', '', ''),
    ('A sailor and his dog are stuck on a sinking raft until a whale carries them to the shore', 'sink', 'raft', 'raft'),
    ('Ein Ritter rettet die Königin aus dem brennenden Schloss', 'burn', 'castle', 'castle'),
    ('A fireman carries two kittens out of the burning shed', 'burn', '', 'shed'),
    ('Ein Taxifahrer zieht einen Mann aus seinem brennenden Auto', 'burn', 'car', 'car'),
    ('The children are trapped in the broken lift until a robot opens the door', '', '', ''),
    ('Eine Pilotin rettet die Passagiere aus dem brennenden Flugzeug', 'burn', 'airplane', 'airplane'),
]
_INSIDE = re.compile(r"^(\S+) (climbs into|steigt in|goes into|geht in)\b")
_OUT = re.compile(r"^(\S+) (climbs out of|steigt aus)\b")


@pytest.mark.slow
def test_most_changes_are_drawn_and_the_endangered_start_inside() -> None:
    asked = staged = dangers = inside = 0
    missed: list[str] = []
    for idea, kind, target, danger in CORPUS:
        shots = [s for sc in plan(idea, duration_s=30).scenes for s in sc.shots]
        fx = [(e.kind, e.target) for s in shots for e in s.effects]
        if kind:
            asked += 1
            hit = any(k == kind and (not target or t.lower() == target.lower()) for k, t in fx)
            staged += hit
            missed += [] if hit else [idea]
        if danger:
            dangers += 1
            acts = [a for s in shots for a in s.actions]
            # in the building from the opening shot, or aboard from the first instant (their first act getting out)
            inside += any(_INSIDE.match(a) for a in shots[0].actions) or any(
                (m := _OUT.match(a)) and not [b for b in acts[:k] if b.split(" ", 1)[0] == m.group(1)]
                for k, a in enumerate(acts))
    assert staged >= 0.85 * asked, missed
    assert inside >= 0.6 * dangers
