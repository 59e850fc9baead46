{{ default "d" nil }} {{ typeOf nil }} {{ kindOf nil }}
