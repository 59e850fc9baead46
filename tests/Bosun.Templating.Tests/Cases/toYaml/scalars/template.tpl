{{ toYaml 1 }}|{{ toYaml 1.5 }}|{{ toYaml true }}|{{ toYaml "s" }}|{{ toYaml 1e21 }}|{{ toYaml 100000000.0 }}
