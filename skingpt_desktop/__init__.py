"""SkinGPT Desktop: an offline, privacy-first dermatology assistant."""

__version__ = "0.1.0"
