"""A small package used by the import tests."""
print('pkg_basic init, __name__ =', __name__)
VERSION = '1.0'
def greet(name):
    return f'hello {name} from pkg_basic'
