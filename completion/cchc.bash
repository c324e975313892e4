# bash completion for cchc: commands, then the options and their values of the command
# being typed, read from `cchc … --help --lang en` so they never drift from the program.
_cchc() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
    fi
    local cchc=${words[0]}
    # The command path typed so far: "record status" …; stop at the first option or argument
    # that is no command.
    local path=() i w commands
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        # Global options before the command (cchc -C DIR due …): skipped, with their value.
        if ((${#path[@]} == 0)); then
            case $w in
                -C|--root|--lang|--color) ((i++)); continue ;;
                --no-pager|--root=*|--lang=*|--color=*) continue ;;
            esac
        fi
        [[ $w == -* ]] && break
        commands=$("$cchc" "${path[@]}" --help --lang en 2>/dev/null |
            sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
        if grep -qxF -- "$w" <<<"$commands"; then path+=("$w"); else break; fi
    done
    local argstart=$i
    local help
    help=$("$cchc" "${path[@]}" --help --lang en 2>/dev/null) || return
    # Words from the repository (units, plans, agencies, task references), through the hidden
    # `cchc __complete`, with the --root/-C typed so far.
    local root=()
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --root|-C) root=(--root "${words[i+1]}") ;;
            --root=*) root=(--root "${words[i]#--root=}") ;;
        esac
    done
    _cchc_words() { "$cchc" __complete "$1" "${root[@]}" 2>/dev/null; }
    local kind=
    case $prev in
        --unit) kind=units ;;
        --agency) kind=agencies ;;
        --plan) kind=plans ;;
    esac
    if [[ -z $kind && $cur != -* && $prev != -* ]]; then
        # The first argument of record status / event / close.
        local nargs=0
        for ((i = argstart; i < cword; i++)); do [[ ${words[i]} == -* ]] || nargs=$((nargs + 1)); done
        if [[ $nargs -eq 0 ]]; then
            case "${path[*]}" in
                "record status") kind=tasks ;;
                "record event") kind=events ;;
                "record close") kind=plans ;;
            esac
        fi
    fi
    if [[ -n $kind ]]; then
        # '#' and ':' stay in the word (COMP_WORDBREAKS has ':').
        mapfile -t COMPREPLY < <(compgen -W "$(_cchc_words "$kind")" -- "$cur")
        declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
        return
    fi
    # The values of an option with a fixed set: "--format TEXT:{table,md,json}".
    if [[ $prev == -* ]]; then
        local set
        set=$(grep -oE -- "^ +${prev}[ ,][^ ]*:\\{[^}]*\\}" <<<"$help" | sed -E 's/.*\{(.*)\}/\1/' | tr ',' ' ')
        if [[ -n $set ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$set" -- "$cur")
            return
        fi
        case $prev in
            --root|-C|-o|--output) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        esac
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' <<<"$help" | tr -d ' ,' | sort -u)" -- "$cur")
        return
    fi
    local subs
    subs=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | awk 'NR > 1 && NF { print $1 }')
    if [[ -n $subs ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$subs" -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}
complete -F _cchc cchc
