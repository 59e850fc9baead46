{{ notAFunction }}
