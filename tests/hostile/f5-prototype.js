// F5: what a hostile (or merely careless) host page runs before the widget loads. Options
// read through the prototype chain made every widget render this "SPOOFED RANKING".
Object.prototype.dataSrc = 'hostile/spoofed.json';
Object.prototype.dataText = '{"title":{"ko":"SPOOFED RANKING","en":"SPOOFED RANKING"}}';
Object.prototype.weights = '0,0,0,100';
Object.prototype.lang = 'en';
