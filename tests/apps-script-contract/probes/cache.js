// Contract probes for CacheService and Cache. "The data you write to the cache is not guaranteed to
// persist until its expiration time": in Google a read right after a write is expected, not promised.

// get(key): "Gets the cached value for the given key, or null if none is found."
// https://developers.google.com/apps-script/reference/cache/cache#get(String)
function probe_cache_missingKeyIsNull() {
  assertEqual_(CacheService.getScriptCache().get('contract.missing.' + Utilities.getUuid()), null, 'get of a missing key');
}

// put(key, value) then get(key): the value reads back; remove(key) removes it.
// https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
function probe_cache_putGetRemove() {
  var cache = CacheService.getScriptCache();
  cache.put('contract.k', 'v', 60);
  var read = cache.get('contract.k');
  cache.remove('contract.k');
  assertEqual_([read, cache.get('contract.k')], ['v', null], '[value after put, after remove]');
}

// getAll(keys): "Returns a JavaScript Object containing all key/value pairs found in the cache for an array of keys."
// https://developers.google.com/apps-script/reference/cache/cache#getAll(String)
function probe_cache_getAllReturnsFoundOnly() {
  var cache = CacheService.getScriptCache();
  cache.putAll({ 'contract.a': '1', 'contract.b': '2' }, 60);
  var all = cache.getAll(['contract.a', 'contract.b', 'contract.none']);
  cache.removeAll(['contract.a', 'contract.b']);
  assertEqual_(all, { 'contract.a': '1', 'contract.b': '2' }, 'getAll of two cached keys and a missing one');
}

// The script cache is "common to all users of the script"; the user cache is another cache.
// https://developers.google.com/apps-script/reference/cache/cache-service#getUserCache()
function probe_cache_userCacheIsSeparate() {
  CacheService.getScriptCache().put('contract.scope', 'script', 60);
  var fromUser = CacheService.getUserCache().get('contract.scope');
  CacheService.getScriptCache().remove('contract.scope');
  assertEqual_(fromUser, null, 'user cache value of a key put in the script cache');
}
