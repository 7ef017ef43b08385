import relpkg
print(relpkg.TOP, relpkg.base_value, relpkg.helpers.helped())
from relpkg.inner import leaf
print(leaf.info())
from relpkg import core
print(core.describe())
print(relpkg.__package__, core.__package__, leaf.__package__)
