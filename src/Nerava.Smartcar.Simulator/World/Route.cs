namespace Nerava.Smartcar.Simulator.World;

/// <summary>
/// A road-like polyline from a start to a destination with a speed per segment. There is no map data here, so the road is
/// synthesised: a deterministic (seeded) meander whose length is 1.22–1.33 × the straight line, the circuity real road networks
/// show. Positions are looked up by distance or elapsed time with a binary search, so a vehicle's state is a pure function of
/// time and costs O(log n) to evaluate.
/// </summary>
public sealed class Route
{
    public const double MinCircuity = 1.22;
    public const double MaxCircuity = 1.33;

    // Shorter than this is a parking-lot move; a meander would be noise, so the route is the straight line.
    private const double StraightOnlyBelowKm = 0.05;

    private readonly GeoPoint[] _points;
    private readonly double[] _cumulativeKm;
    private readonly double[] _cumulativeHours;
    private readonly RoadClass[] _segmentClasses;
    private readonly RouteProfile _profile;

    private Route(GeoPoint[] points, RouteProfile profile, double straightKm)
    {
        _profile = profile;
        _points = points;
        _cumulativeKm = new double[points.Length];
        for (var i = 1; i < points.Length; i++)
        {
            _cumulativeKm[i] = _cumulativeKm[i - 1] + Geo.DistanceKm(points[i - 1], points[i]);
        }

        LengthKm = _cumulativeKm[^1];
        StraightKm = straightKm;
        _segmentClasses = new RoadClass[Math.Max(0, points.Length - 1)];
        _cumulativeHours = new double[points.Length];
        for (var i = 1; i < points.Length; i++)
        {
            var midKm = (_cumulativeKm[i - 1] + _cumulativeKm[i]) / 2;
            _segmentClasses[i - 1] = ClassifyAt(midKm);
            var segmentKm = _cumulativeKm[i] - _cumulativeKm[i - 1];
            _cumulativeHours[i] = _cumulativeHours[i - 1] + (segmentKm / profile.SpeedFor(_segmentClasses[i - 1]));
        }
    }

    public IReadOnlyList<GeoPoint> Points => _points;

    public GeoPoint Start => _points[0];

    public GeoPoint Destination => _points[^1];

    public double LengthKm { get; }

    public double StraightKm { get; }

    /// <summary>Route length over great-circle distance; 1 for a straight (very short) route.</summary>
    public double Circuity => StraightKm <= 0 ? 1 : LengthKm / StraightKm;

    public TimeSpan Duration => TimeSpan.FromHours(_cumulativeHours[^1]);

    public RouteProfile Profile => _profile;

    /// <summary>Builds the route. The same inputs always give the same polyline.</summary>
    public static Route Create(GeoPoint from, GeoPoint to, int seed, RouteProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.CruiseSpeedKmh <= 0 || profile.CitySpeedKmh <= 0)
        {
            throw new ArgumentException("Route speeds must be positive.", nameof(profile));
        }

        var straightKm = Geo.DistanceKm(from, to);
        if (straightKm < StraightOnlyBelowKm)
        {
            return new Route([from, to], profile, straightKm);
        }

        var random = new Random(seed);
        var targetCircuity = MinCircuity + 0.01 + (random.NextDouble() * (MaxCircuity - MinCircuity - 0.02));
        var meander = Meander.Create(from, to, straightKm, random);

        // Lengthen the meander until the polyline has the target circuity. Length grows monotonically with the amplitude.
        var high = 0.05 * straightKm;
        while (meander.Circuity(high) < targetCircuity && high < 100 * straightKm)
        {
            high *= 2;
        }

        var low = 0.0;
        for (var i = 0; i < 40; i++)
        {
            var mid = (low + high) / 2;
            if (meander.Circuity(mid) < targetCircuity)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        var points = meander.Points((low + high) / 2);
        return new Route(InsertClassBoundaries(points, profile), profile, straightKm);
    }

    /// <summary>Road class at a distance along the route: city near both ends, highway in between.</summary>
    public RoadClass ClassifyAt(double distanceKm) =>
        distanceKm < _profile.DepartureCityKm || distanceKm > LengthKm - _profile.ArrivalCityKm ? RoadClass.City : RoadClass.Highway;

    /// <summary>Distance covered after driving for <paramref name="elapsed"/>; clamps at the destination.</summary>
    public double DistanceAfter(TimeSpan elapsed)
    {
        var hours = elapsed.TotalHours;
        if (hours <= 0)
        {
            return 0;
        }

        if (hours >= _cumulativeHours[^1])
        {
            return LengthKm;
        }

        var segment = FindSegment(_cumulativeHours, hours);
        var segmentHours = _cumulativeHours[segment + 1] - _cumulativeHours[segment];
        var fraction = segmentHours <= 0 ? 0 : (hours - _cumulativeHours[segment]) / segmentHours;
        return _cumulativeKm[segment] + ((_cumulativeKm[segment + 1] - _cumulativeKm[segment]) * fraction);
    }

    /// <summary>Position at a distance along the route (clamped to the ends).</summary>
    public GeoPoint PositionAt(double distanceKm)
    {
        if (distanceKm <= 0)
        {
            return _points[0];
        }

        if (distanceKm >= LengthKm)
        {
            return _points[^1];
        }

        var segment = FindSegment(_cumulativeKm, distanceKm);
        var segmentKm = _cumulativeKm[segment + 1] - _cumulativeKm[segment];
        var fraction = segmentKm <= 0 ? 0 : (distanceKm - _cumulativeKm[segment]) / segmentKm;
        return Geo.Lerp(_points[segment], _points[segment + 1], fraction);
    }

    /// <summary>Direction of travel (degrees from north) on the segment at a distance.</summary>
    public double HeadingAt(double distanceKm)
    {
        var segment = SegmentAt(distanceKm);
        return Geo.BearingDegrees(_points[segment], _points[segment + 1]);
    }

    /// <summary>Speed driven on the segment at a distance, in km/h.</summary>
    public double SpeedAt(double distanceKm) => _profile.SpeedFor(_segmentClasses[SegmentAt(distanceKm)]);

    private int SegmentAt(double distanceKm) =>
        distanceKm <= 0 ? 0 : distanceKm >= LengthKm ? _points.Length - 2 : FindSegment(_cumulativeKm, distanceKm);

    // Index i such that cumulative[i] <= value < cumulative[i + 1].
    private static int FindSegment(double[] cumulative, double value)
    {
        var index = Array.BinarySearch(cumulative, value);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return Math.Clamp(index, 0, cumulative.Length - 2);
    }

    // Adds vertices exactly where the city sections end, so speeds change at the documented distances, not at the next vertex.
    private static GeoPoint[] InsertClassBoundaries(GeoPoint[] points, RouteProfile profile)
    {
        var cumulative = new double[points.Length];
        for (var i = 1; i < points.Length; i++)
        {
            cumulative[i] = cumulative[i - 1] + Geo.DistanceKm(points[i - 1], points[i]);
        }

        var total = cumulative[^1];
        var boundaries = new[] { profile.DepartureCityKm, total - profile.ArrivalCityKm }
            .Where(b => b > 0 && b < total)
            .Order()
            .ToArray();
        var result = new List<GeoPoint>(points.Length + boundaries.Length) { points[0] };
        var next = 0;
        for (var i = 1; i < points.Length; i++)
        {
            while (next < boundaries.Length && boundaries[next] < cumulative[i])
            {
                if (boundaries[next] > cumulative[i - 1])
                {
                    var fraction = (boundaries[next] - cumulative[i - 1]) / (cumulative[i] - cumulative[i - 1]);
                    result.Add(Geo.Lerp(points[i - 1], points[i], fraction));
                }

                next++;
            }

            result.Add(points[i]);
        }

        return [.. result];
    }

    /// <summary>
    /// The lateral offset from the straight line as a sum of sines sin(kπs) with random signed amplitudes ~1/k (a
    /// random-walk-like spectrum: long bends plus short wiggles). Every term is zero at both ends, so the route starts and ends
    /// exactly at the requested points.
    /// </summary>
    private sealed class Meander
    {
        private readonly GeoPoint _from;
        private readonly GeoPoint _to;
        private readonly double _straightKm;
        private readonly double _planeKm;
        private readonly double _unitX;
        private readonly double _unitY;
        private readonly double _kmPerDegreeLat;
        private readonly double _kmPerDegreeLng;

        // Unscaled lateral offset per sample; the amplitude search only rescales it.
        private readonly double[] _shape;

        private Meander(GeoPoint from, GeoPoint to, double straightKm, Random random)
        {
            _from = from;
            _to = to;
            _straightKm = straightKm;
            _kmPerDegreeLat = Geo.EarthRadiusKm * Math.PI / 180;
            _kmPerDegreeLng = _kmPerDegreeLat * Math.Cos(Geo.ToRadians((from.Latitude + to.Latitude) / 2));
            var dx = (to.Longitude - from.Longitude) * _kmPerDegreeLng;
            var dy = (to.Latitude - from.Latitude) * _kmPerDegreeLat;
            _planeKm = Math.Sqrt((dx * dx) + (dy * dy));
            _unitX = dx / _planeKm;
            _unitY = dy / _planeKm;

            // About one vertex per 250 m, like a simplified road geometry; the shortest wiggle wavelength is ~2 km.
            var samples = Math.Clamp((int)Math.Ceiling(straightKm / 0.25), 16, 4000);
            var harmonics = Math.Clamp((int)Math.Ceiling(straightKm / 1.0), 3, 400);
            var amplitudes = new double[harmonics];
            for (var k = 1; k <= harmonics; k++)
            {
                var sign = random.Next(2) == 0 ? -1 : 1;
                amplitudes[k - 1] = sign * (0.3 + (0.7 * random.NextDouble())) / k;
            }

            _shape = new double[samples + 1];
            for (var i = 0; i <= samples; i++)
            {
                var s = (double)i / samples;
                for (var k = 1; k <= harmonics; k++)
                {
                    _shape[i] += amplitudes[k - 1] * Math.Sin(k * Math.PI * s);
                }
            }
        }

        public static Meander Create(GeoPoint from, GeoPoint to, double straightKm, Random random) => new(from, to, straightKm, random);

        public double Circuity(double amplitudeKm)
        {
            var length = 0.0;
            var previous = _from;
            for (var i = 1; i < _shape.Length; i++)
            {
                var point = PointAt(i, amplitudeKm);
                length += Geo.DistanceKm(previous, point);
                previous = point;
            }

            return length / _straightKm;
        }

        public GeoPoint[] Points(double amplitudeKm)
        {
            var points = new GeoPoint[_shape.Length];
            for (var i = 0; i < points.Length; i++)
            {
                points[i] = PointAt(i, amplitudeKm);
            }

            return points;
        }

        private GeoPoint PointAt(int index, double amplitudeKm)
        {
            if (index == 0)
            {
                return _from;
            }

            if (index == _shape.Length - 1)
            {
                return _to;
            }

            var along = _planeKm * index / (_shape.Length - 1);
            var offset = _shape[index] * amplitudeKm;
            var x = (_unitX * along) - (_unitY * offset);
            var y = (_unitY * along) + (_unitX * offset);
            return new GeoPoint(_from.Latitude + (y / _kmPerDegreeLat), _from.Longitude + (x / _kmPerDegreeLng));
        }
    }
}
