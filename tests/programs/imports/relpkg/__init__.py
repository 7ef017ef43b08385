from .core import base_value
from . import helpers
TOP = 'relpkg top'
