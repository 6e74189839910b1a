"""mtkg: a knowledge graph of Vietnam's Fatherland Front built from the news its committees publish."""
__version__ = "0.1.0"
