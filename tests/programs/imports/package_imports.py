import pkg_basic
print(pkg_basic.VERSION, pkg_basic.greet('you'), pkg_basic.__name__)
import pkg_basic.util
print(pkg_basic.util.double(21), pkg_basic.util.CONSTANT)
import pkg_basic.sub.deep
print(pkg_basic.sub.deep.where())
from pkg_basic.sub import deep as d2
print(d2 is pkg_basic.sub.deep)
from pkg_basic import util, greet
print(util.double(1), greet('again'))
import pkg_basic.util as u
print(u is util)
print(hasattr(pkg_basic, 'sub'), hasattr(pkg_basic, 'util'))
