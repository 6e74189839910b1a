"""Where the project's data files live. The package is installed editable, so these are
the repository's own folders, which a domain expert edits without touching Python."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
SHAPES = ROOT / "shapes"
QUERIES = ROOT / "queries"
DATA = ROOT / "data"
LEXICONS = DATA / "lexicons"
SAMPLE_ARTICLES = DATA / "articles"
DEFAULT_STORE = Path("mtkg-store")
