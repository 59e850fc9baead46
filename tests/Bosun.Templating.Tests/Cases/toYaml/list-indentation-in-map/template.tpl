{{ toYaml (dict "containers" (list (dict "name" "a" "ports" (list (dict "containerPort" 80))))) }}
