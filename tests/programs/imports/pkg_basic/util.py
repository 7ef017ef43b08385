print('pkg_basic.util loaded')
def double(x):
    return 2 * x
CONSTANT = 99
