namespace TechSelfReliance.Cypher.Planning;

/// <summary>The variables visible at a point of the query, in the order they were introduced. Cheap to copy.</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, Variable> _variables = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public IEnumerable<Variable> Variables => _order.Select(name => _variables[name]);

    public IEnumerable<Variable> Visible => Variables.Where(v => !v.IsAnonymous);

    public bool TryGet(string name, out Variable variable) => _variables.TryGetValue(name, out variable!);

    public bool Contains(string name) => _variables.ContainsKey(name);

    public void Set(Variable variable)
    {
        if (!_variables.ContainsKey(variable.Name))
        {
            _order.Add(variable.Name);
        }

        _variables[variable.Name] = variable;
    }

    public Scope Copy()
    {
        var copy = new Scope();
        foreach (var variable in Variables)
        {
            copy.Set(variable);
        }

        return copy;
    }
}
