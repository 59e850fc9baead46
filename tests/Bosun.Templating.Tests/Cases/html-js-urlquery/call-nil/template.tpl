{{ call nil }}
