{{ required "x: y" nil }}
