print('pkg_basic.sub init')
