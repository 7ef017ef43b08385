from .core import base_value, describe
def helped():
    return base_value + 1, describe()
