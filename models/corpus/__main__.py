"""Entry point for `python -m models.corpus`."""

from __future__ import annotations

import sys

from models.corpus.cli import main

sys.exit(main())
