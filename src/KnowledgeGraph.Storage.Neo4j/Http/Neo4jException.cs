namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>Neo4j refused a request: <see cref="Code"/> is Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>) or <c>http.NNN</c>.</summary>
public class Neo4jException(string code, string message, int? httpStatus = null, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    public string Code { get; } = code;

    public int? HttpStatus { get; } = httpStatus;
}

/// <summary>A failure worth retrying: 502/503/504/429, a timeout, <c>Neo.TransientError.*</c> or an expired transaction.</summary>
public sealed class Neo4jTransientException(string code, string message, int? httpStatus = null, Exception? inner = null)
    : Neo4jException(code, message, httpStatus, inner);

/// <summary>401/403: wrong user or password. Never retried; the password is never part of the message.</summary>
public sealed class Neo4jAuthenticationException(string code, string message, int httpStatus)
    : Neo4jException(code, message, httpStatus);
