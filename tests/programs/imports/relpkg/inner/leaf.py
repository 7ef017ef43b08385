from .. import core
from ..helpers import helped
from . import sibling
def info():
    return core.base_value, helped(), sibling.NAME, __name__, __package__
