{{ first nil }}
