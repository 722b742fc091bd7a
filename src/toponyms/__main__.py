"""``python -m toponyms`` runs the same app as the ``toponyms`` console script."""

from .cli import main

if __name__ == "__main__":
    main()
