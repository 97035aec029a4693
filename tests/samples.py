"""Sample client texts shared by the tests (written for this project)."""

from __future__ import annotations

EN_LETTER = (
    "Hi Sam,\n\nI have been feeling so lonely since the move. I'm not angry with my sister "
    "anymore, but I am fed up with the silence at home. Yesterday I was scared that I would "
    "lose my job.\n\nBest,\nAnna"
)
NL_LETTER = (
    "Beste Sam,\n\nIk voel me zo eenzaam sinds de verhuizing. Ik ben niet meer boos op mijn zus, "
    "maar ik baal van de stilte thuis. Gisteren was ik bang dat ik mijn baan zou verliezen.\n\n"
    "Groet,\nAnna"
)
MIXED = "Ik voel me zo verdrietig vandaag. I do not know what to do with all this anger."
