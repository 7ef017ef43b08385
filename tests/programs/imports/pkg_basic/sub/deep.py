print('pkg_basic.sub.deep loaded, __package__ =', __package__)
def where():
    return __name__
