from circpkg.x import X_NAME
Y_NAME = 'y'
