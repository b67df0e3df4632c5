"""lawtrack: compare legislation on cybersex trafficking across jurisdictions."""

__version__ = "0.1.0"
