using KakakAsuh.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Http;

/// <summary>
/// How a command's answer becomes the HTTP answer: the state it produced (200, or 201 at the new record's address),
/// or its refusal as a problem. The grain answered both in the one call that ran the command.
/// </summary>
public static class Commands
{
    public static Results<Ok<TState>, Refused> Answer<TState>(CommandResult<TState> result) where TState : class =>
        result.State is { } state ? TypedResults.Ok(state) : Problems.From(result.Refusal!);

    public static Results<Created<TState>, Refused> AnswerCreated<TState>(CommandResult<TState> result, string location) where TState : class =>
        result.State is { } state ? TypedResults.Created(location, state) : Problems.From(result.Refusal!);
}
