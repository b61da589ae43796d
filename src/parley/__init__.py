"""Parley: an evidence-linked picture of military-to-military communication between states."""

__version__ = "0.1.0"
