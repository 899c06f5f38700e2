using System.Globalization;
using System.Text;

namespace TechSelfReliance.Graph.Values;

/// <summary>
/// A duration that keeps months, days and seconds apart (they do not convert into one another exactly).
/// Nanos are always in [0, 999,999,999]; the sign of the time part is carried by <see cref="Seconds"/>.
/// </summary>
public sealed record CypherDuration
{
    public CypherDuration(long months, long days, long seconds, long nanos)
    {
        var carry = CivilCalendar.FloorDiv(nanos, CivilCalendar.NanosPerSecond);
        Months = months;
        Days = days;
        Seconds = checked(seconds + carry);
        Nanos = (int)(nanos - (carry * CivilCalendar.NanosPerSecond));
    }

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    public int Nanos { get; }

    public static CypherDuration Zero { get; } = new(0, 0, 0, 0);

    public override string ToString()
    {
        var builder = new StringBuilder("P");
        var years = Months / 12;
        var months = Months % 12;
        if (years != 0)
        {
            builder.Append(years).Append('Y');
        }

        if (months != 0)
        {
            builder.Append(months).Append('M');
        }

        if (Days != 0)
        {
            builder.Append(Days).Append('D');
        }

        var totalNanos = ((Int128)Seconds * CivilCalendar.NanosPerSecond) + Nanos;
        if (totalNanos != 0)
        {
            builder.Append('T');
            var hours = (long)(totalNanos / ((Int128)CivilCalendar.NanosPerHour));
            totalNanos -= (Int128)hours * CivilCalendar.NanosPerHour;
            var minutes = (long)(totalNanos / CivilCalendar.NanosPerMinute);
            totalNanos -= (Int128)minutes * CivilCalendar.NanosPerMinute;
            if (hours != 0)
            {
                builder.Append(hours).Append('H');
            }

            if (minutes != 0)
            {
                builder.Append(minutes).Append('M');
            }

            if (totalNanos != 0)
            {
                var negative = totalNanos < 0;
                var abs = negative ? -totalNanos : totalNanos;
                var whole = (long)(abs / CivilCalendar.NanosPerSecond);
                var fraction = (long)(abs % CivilCalendar.NanosPerSecond);
                if (negative)
                {
                    builder.Append('-');
                }

                builder.Append(whole.ToString(CultureInfo.InvariantCulture));
                if (fraction != 0)
                {
                    builder.Append('.').Append(fraction.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                builder.Append('S');
            }
        }

        if (builder.Length == 1)
        {
            builder.Append("T0S");
        }

        return builder.ToString();
    }
}
