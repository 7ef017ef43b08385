from circpkg.y import Y_NAME
X_NAME = 'x'
